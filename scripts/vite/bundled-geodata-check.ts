import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { datasetFromBundledJson } from '../../src/data/bundled-dataset'
import { datasetFromJson, type LoadedData } from '../../src/data/dataset'
import { regionFactsFileSchema } from '../../src/region-facts/region-facts'
import { isMain } from '../lib/is-main'
import { burialProblems } from './bundled-burials-check'

/**
 * The files the browser reads without a validator: the four it loads at start
 * (src/app/load-data.ts) and the region facts (src/region-facts/bundled.ts).
 */
const BUNDLED_DATA_FILES = {
  camps: 'geodata/camps.geojson',
  regions: 'geodata/regions.json',
  sources: 'geodata/sources.json',
  bam: 'geodata/bam-line.geojson',
  regionFacts: 'geodata/region-facts.json',
  burials: 'geodata/burial-sites.geojson',
} as const

export type BundledFiles = Record<keyof typeof BUNDLED_DATA_FILES, unknown>

function firstDifference(validated: LoadedData, bundled: LoadedData): string {
  const { dataset } = validated
  const camp = dataset.camps.find((c, i) => !isDeepStrictEqual(c, bundled.dataset.camps[i]))
  if (camp) return `camp "${camp.id}" reads differently without the validator (an untrimmed text or an unknown field?)`
  for (const key of ['regions', 'areas', 'sources', 'bamLine'] as const) {
    if (!isDeepStrictEqual(dataset[key], bundled.dataset[key])) return `${key} read differently without the validator`
  }
  if (!isDeepStrictEqual(validated.metadata, bundled.metadata)) return 'metadata reads differently without the validator'
  return 'the camps read differently without the validator'
}

/**
 * What would stop the browser from reading these files without zod: anything the
 * validator rejects, and any difference between the validated dataset and the plain
 * reading of src/data/bundled-dataset.ts. An empty list means the build may skip the
 * runtime validation of the bundled files.
 */
export function bundledGeodataProblems(files: BundledFiles): string[] {
  const facts = regionFactsFileSchema.safeParse(files.regionFacts)
  if (!facts.success) return [`region-facts.json: ${facts.error.issues[0]?.message ?? 'invalid'}`]
  if (!isDeepStrictEqual(facts.data, files.regionFacts)) return ['region-facts.json reads differently without the validator']
  const four = [files.camps, files.regions, files.sources, files.bam] as const
  let validated: LoadedData
  try {
    validated = datasetFromJson(...four)
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
  const problems = validated.rejected.map((r) => `${r.id}: ${r.reason}`)
  if (validated.metadata === null) problems.push('camps.geojson: no valid metadata')
  if (problems.length > 0) return problems
  let bundled: LoadedData
  try {
    bundled = datasetFromBundledJson(...four)
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
  if (!isDeepStrictEqual(validated, bundled)) return [firstDifference(validated, bundled)]
  return burialProblems(files.burials, validated)
}

export function readBundledFiles(root: string): BundledFiles {
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown
  const { camps, regions, sources, bam, regionFacts, burials } = BUNDLED_DATA_FILES
  return {
    camps: read(camps),
    regions: read(regions),
    sources: read(sources),
    bam: read(bam),
    regionFacts: read(regionFacts),
    burials: read(burials),
  }
}

if (isMain(import.meta.url)) {
  const problems = bundledGeodataProblems(readBundledFiles(process.cwd()))
  for (const problem of problems) console.error(problem)
  process.exit(problems.length > 0 ? 1 : 0)
}
