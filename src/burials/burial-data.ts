import type { BurialFeature, BurialSite } from '../data/burial-schema'

/**
 * The burial sites as the app holds them, read from geodata/burial-sites.geojson. The
 * bundled file is read as it is: `vite build` has validated it with the schema and checked
 * that this reading gives the same sites (scripts/vite/bundled-geodata-check.ts), so the
 * browser loads no validator for it. Pure.
 */

export type BurialData = {
  sites: readonly BurialSite[]
  byId: ReadonlyMap<string, BurialSite>
  /** The sites each camp's sources tie to it, in file order. */
  byCamp: ReadonlyMap<string, readonly BurialSite[]>
  /** The sites in each 1946 region (regions.json slug), in file order. */
  byRegion: ReadonlyMap<string, readonly BurialSite[]>
}

export function burialSitesFromBundledJson(json: unknown): BurialSite[] {
  if (typeof json !== 'object' || json === null || !('features' in json) || !Array.isArray(json.features)) {
    throw new Error('burial-sites: not the FeatureCollection the build checked')
  }
  return (json.features as BurialFeature[]).map(({ properties, geometry }) => ({
    ...properties,
    lngLat: geometry === null ? null : [geometry.coordinates[0], geometry.coordinates[1]],
  }))
}

function groupBy(sites: readonly BurialSite[], key: (site: BurialSite) => string | null): Map<string, BurialSite[]> {
  const groups = new Map<string, BurialSite[]>()
  for (const site of sites) {
    const k = key(site)
    if (k === null) continue
    const list = groups.get(k)
    if (list) list.push(site)
    else groups.set(k, [site])
  }
  return groups
}

export function indexBurialSites(sites: readonly BurialSite[]): BurialData {
  return {
    sites,
    byId: new Map(sites.map((s) => [s.id, s])),
    byCamp: groupBy(sites, (s) => s.camp),
    byRegion: groupBy(sites, (s) => s.region),
  }
}

/** The sites of a region or an area (the region slugs of the area given): what the region's facts count. */
export function sitesInPlaces(data: BurialData, regionSlugs: readonly string[]): BurialSite[] {
  return regionSlugs.flatMap((slug) => [...(data.byRegion.get(slug) ?? [])])
}
