import { parseBamLine, type BamLine } from './bam-line'
import type { Camp, Region, Rejection, Source } from './schema'
import { parseRegions, parseSources, validateCampCollection, type AreaInfo, type DatasetMetadata } from './validate'

/** One of the map's seven areas (regions.json `areas`). */
export type Area = AreaInfo

/** Everything the app shows, validated: camps, regions, areas, sources and the BAM line. */
export type Dataset = {
  camps: Camp[]
  regions: Region[]
  areas: Area[]
  sources: Source[]
  bamLine: BamLine
}

export type LoadedData = {
  dataset: Dataset
  rejected: Rejection[]
  metadata: DatasetMetadata | null
}

function orThrow<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message)
  return result.value
}

/**
 * Validates the four parsed files into the dataset (pure: the browser's loader and the
 * tests share it). Broken reference tables throw with their message; malformed camps are
 * left out and listed in `rejected` with their id and reason.
 */
export function datasetFromJson(campsJson: unknown, regionsJson: unknown, sourcesJson: unknown, bamJson: unknown): LoadedData {
  const { areas, regions } = orThrow(parseRegions(regionsJson))
  const sources = orThrow(parseSources(sourcesJson))
  const bamLine = orThrow(parseBamLine(bamJson))
  const { camps, rejected, metadata } = validateCampCollection(campsJson, {
    regionSlugs: new Set(regions.map((r) => r.slug)),
    sourceIds: new Set(sources.map((s) => s.id)),
  })
  return { dataset: { camps, regions, areas, sources, bamLine }, rejected, metadata }
}
