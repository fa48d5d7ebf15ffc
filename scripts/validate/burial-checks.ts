import type { Region, Rejection, Source } from '../../src/data/schema'
import { FILE_ID } from '../../src/data/validate'
import { validateBurialCollection } from '../../src/data/validate-burials'
import { checkBurialPositions } from '../../src/geo/burial-sanity'
import type { CountryLookup } from '../../src/geo/geo-sanity'

type ParsedFile = { path: string; json: unknown; validated: boolean }

function campIds(campsJson: unknown): Set<string> {
  const ids = new Set<string>()
  if (typeof campsJson !== 'object' || campsJson === null || !('features' in campsJson) || !Array.isArray(campsJson.features)) return ids
  for (const feature of campsJson.features as unknown[]) {
    if (typeof feature !== 'object' || feature === null || !('properties' in feature)) continue
    const props = feature.properties
    if (typeof props === 'object' && props !== null && 'id' in props && typeof props.id === 'string') ids.add(props.id)
  }
  return ids
}

/**
 * The checks of geodata/burial-sites.geojson when it is validated: schema (whole numbers,
 * kinds, positions with their uncertainty or none), camp, region and source references,
 * and positions inside the USSR's successor states or Mongolia.
 */
export function burialChecks(
  file: ParsedFile | undefined,
  campsJson: unknown,
  regions: readonly Region[],
  sources: readonly Source[],
  countries: CountryLookup,
): Rejection[] {
  if (!file?.validated) return []
  const refs = {
    regionSlugs: new Set(regions.map((r) => r.slug)),
    campIds: campIds(campsJson),
    sourceIds: new Set(sources.map((s) => s.id)),
  }
  const { sites, rejected } = validateBurialCollection(file.json, refs)
  return [...rejected.map((r) => (r.id === FILE_ID ? { id: file.path, reason: r.reason } : r)), ...checkBurialPositions(sites, countries)]
}
