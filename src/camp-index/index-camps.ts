import type { PlaceOnLine } from '../geo/bam-order'
import { normalizeForSearch } from '../filter/search'
import { campSearchKeys } from '../filter/search-query'
import type { FilterIndex } from '../filter/filter-camps'
import type { AreaSlug, Camp, Region, Source } from '../data/schema'
import type { BamLine } from '../data/bam-line'
import type { Area, Dataset } from '../data/dataset'

export type CampIndex = FilterIndex & {
  camps: readonly Camp[]
  byId: ReadonlyMap<string, Camp>
  regionsBySlug: ReadonlyMap<string, Region>
  sourcesById: ReadonlyMap<string, Source>
  areas: readonly Area[]
  /** Regions that have at least one camp, grouped by area in the areas' order. */
  regionsByArea: ReadonlyMap<AreaSlug, readonly Region[]>
  /** The BAM camps ordered west to east along the planned route. */
  bamOrder: readonly PlaceOnLine[]
  bamLine: BamLine
}

/** Each region's names folded once, not once per camp (50,000 camps share 37 regions). */
function regionSearchKeys(regions: readonly Region[]): Map<string, readonly string[]> {
  return new Map(regions.map((r) => [r.slug, [r.nameEn, r.nameJa, r.nameRu].map(normalizeForSearch)]))
}

/**
 * Everything derived once from a loaded dataset: lookups, search keys, and the BAM order
 * given (computed by the build for the bundled data, `bamOrderOf` for other files), so
 * that the page needs no geometry library to start.
 */
export function indexCamps(dataset: Dataset, bamOrder: readonly PlaceOnLine[]): CampIndex {
  const regionsBySlug = new Map(dataset.regions.map((r) => [r.slug, r]))
  const regionKeys = regionSearchKeys(dataset.regions)
  const used = new Set(dataset.camps.map((c) => c.region))
  const regionsByArea = new Map<AreaSlug, Region[]>()
  for (const area of dataset.areas) {
    const regions = dataset.regions.filter((r) => r.area === area.slug && used.has(r.slug)).sort((a, b) => a.nameEn.localeCompare(b.nameEn))
    regionsByArea.set(area.slug, regions)
  }
  return {
    camps: dataset.camps,
    byId: new Map(dataset.camps.map((c) => [c.id, c])),
    regionsBySlug,
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    areas: dataset.areas,
    regionsByArea,
    areaOfRegion: new Map(dataset.regions.map((r) => [r.slug, r.area])),
    searchKeysOf: new Map(dataset.camps.map((c) => [c.id, campSearchKeys(c, regionKeys.get(c.region) ?? ['', '', ''])])),
    bamOrder,
    bamLine: dataset.bamLine,
  }
}
