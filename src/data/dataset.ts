import type { BamLine } from './bam-line'
import type { Camp, Region, Source } from './schema'
import type { AreaInfo } from './validate'

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
