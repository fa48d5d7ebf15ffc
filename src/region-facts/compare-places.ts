import type { AreaSlug } from '../data/areas'
import type { Camp, Region } from '../data/schema'
import { factsOfPlace, summarisePlace, type PlaceSummary } from './place-summary'
import type { RegionFactsFile } from './region-facts'

/** One side of a comparison (`compare=a,b`): a region or an area, its camps summarised and its sourced figures. */
export type ComparedPlace = {
  slug: string
  kind: 'region' | 'area'
  summary: PlaceSummary
  /** The figures the sources give for the place (for an area, for each of its regions too), as given. */
  facts: ReturnType<typeof factsOfPlace>
}

type Places = {
  camps: readonly Camp[]
  regionsBySlug: ReadonlyMap<string, Region>
  regionsByArea: ReadonlyMap<AreaSlug, readonly Region[]>
}

/**
 * The two places of a comparison side by side, in the order of the link; null when either
 * slug names no region or area of the data (the link falls back to no comparison). Figures
 * are listed as the sources give them and never added up. Pure.
 */
export function comparePlaces(slugs: readonly string[], places: Places, facts: RegionFactsFile | null): ComparedPlace[] | null {
  if (slugs.length !== 2) return null
  const compared: ComparedPlace[] = []
  for (const slug of slugs) {
    const regionsOfArea = places.regionsByArea.get(slug as AreaSlug)
    const isRegion = places.regionsBySlug.has(slug)
    if (!isRegion && regionsOfArea === undefined) return null
    const regionSlugs = new Set(isRegion ? [slug] : (regionsOfArea ?? []).map((r) => r.slug))
    const camps = places.camps.filter((c) => regionSlugs.has(c.region))
    compared.push({
      slug,
      kind: isRegion ? 'region' : 'area',
      summary: summarisePlace(camps),
      facts: facts === null ? [] : factsOfPlace(facts, isRegion ? slug : null, isRegion ? null : slug, regionsOfArea ?? []),
    })
  }
  return compared
}
