import { bamLineFromFeatures, type BamFeature } from './bam-line-shape'
import { campFromFeature } from './camp-feature'
import type { LoadedData } from './dataset'
import type { CampFeature, Region, Source } from './schema'
import type { AreaInfo, DatasetMetadata } from './validate'

type CampsFile = { features: CampFeature[]; metadata: DatasetMetadata }
type RegionsFile = { areas: AreaInfo[]; regions: Region[] }
type SourcesFile = { sources: Source[] }
type BamFile = { features: BamFeature[] }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasArrays(value: unknown, keys: readonly string[]): boolean {
  return isObject(value) && keys.every((key) => Array.isArray(value[key]))
}

/**
 * The bundled geodata files of a production build, read without the runtime validator.
 * The build has already validated these very files with the validator the browser would
 * run (datasetFromJson) and checked that this reading gives the identical dataset
 * (scripts/vite/bundled-geodata-check.ts, which fails `vite build` otherwise), so the
 * browser need not download zod (about 25 KB gzip) to check them again. Files given with
 * `?data=` and every file in development are still validated in the browser (dataset.ts).
 */
export function datasetFromBundledJson(campsJson: unknown, regionsJson: unknown, sourcesJson: unknown, bamJson: unknown): LoadedData {
  if (!hasArrays(campsJson, ['features']) || !hasArrays(regionsJson, ['areas', 'regions']) || !hasArrays(sourcesJson, ['sources'])) {
    throw new Error('the bundled data files do not have the shape the build checked')
  }
  if (!hasArrays(bamJson, ['features'])) throw new Error('bam-line: not a FeatureCollection')
  const camps = campsJson as CampsFile
  const { areas, regions } = regionsJson as RegionsFile
  const bamLine = bamLineFromFeatures((bamJson as BamFile).features)
  if (!bamLine.ok) throw new Error(bamLine.message)
  return {
    dataset: {
      camps: camps.features.map(campFromFeature),
      regions,
      areas,
      sources: (sourcesJson as SourcesFile).sources,
      bamLine: bamLine.value,
    },
    rejected: [],
    metadata: camps.metadata,
  }
}
