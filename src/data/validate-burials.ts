import { burialFeatureSchema, type BurialSite } from './burial-schema'
import type { Rejection } from './schema'
import { decimalPlaces, featureLabel, FILE_ID, firstIssue } from './validate'

/**
 * Pure validation of geodata/burial-sites.geojson: every feature against the schema, and
 * its references (region, camp, sources) against the other files. Never throws: each
 * problem is a rejection `{ id, reason }`. Positions are checked against the countries by
 * the validator script (src/geo/burial-sanity.ts), which has the polygons.
 */

export type BurialReferences = {
  regionSlugs: ReadonlySet<string>
  campIds: ReadonlySet<string>
  sourceIds: ReadonlySet<string>
}

export type BurialValidationResult = { sites: BurialSite[]; rejected: Rejection[] }

const MAX_COORDINATE_DECIMALS = 6

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function referenceProblem(site: BurialSite, featureId: string | undefined, refs: BurialReferences): string | null {
  if (site.lngLat?.some((c) => decimalPlaces(c) > MAX_COORDINATE_DECIMALS))
    return `geometry.coordinates: more than ${MAX_COORDINATE_DECIMALS} decimals`
  if (featureId !== undefined && featureId !== site.id) return `id: feature id "${featureId}" differs from properties.id "${site.id}"`
  if (site.region !== null && !refs.regionSlugs.has(site.region)) return `properties.region: unknown region "${site.region}"`
  if (site.camp !== null && !refs.campIds.has(site.camp)) return `properties.camp: unknown camp "${site.camp}"`
  const unknownSource = site.sources.find((s) => !refs.sourceIds.has(s))
  if (unknownSource !== undefined) return `properties.sources: unknown source "${unknownSource}"`
  if (new Set(site.sources).size !== site.sources.length) return 'properties.sources: a source is listed twice'
  return null
}

/** A validated burial feature as the app holds it. */
function burialSiteFromFeature(properties: Omit<BurialSite, 'lngLat'>, geometry: { coordinates: [number, number] } | null): BurialSite {
  return { ...properties, lngLat: geometry === null ? null : [geometry.coordinates[0], geometry.coordinates[1]] }
}

export function validateBurialCollection(json: unknown, refs: BurialReferences): BurialValidationResult {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return { sites: [], rejected: [{ id: FILE_ID, reason: 'not a GeoJSON FeatureCollection with a features array' }] }
  }
  const sites: BurialSite[] = []
  const rejected: Rejection[] = []
  const seen = new Map<string, number>()
  json.features.forEach((raw: unknown, index: number) => {
    const label = featureLabel(raw, index)
    const parsed = burialFeatureSchema.safeParse(raw)
    if (!parsed.success) {
      rejected.push({ id: label, reason: firstIssue(parsed.error) })
      return
    }
    const site = burialSiteFromFeature(parsed.data.properties, parsed.data.geometry)
    const earlier = seen.get(site.id)
    if (earlier !== undefined) {
      rejected.push({ id: label, reason: `duplicate id: "${site.id}" is already used by feature #${earlier}` })
      return
    }
    seen.set(site.id, index)
    const reason = referenceProblem(site, parsed.data.id, refs)
    if (reason !== null) rejected.push({ id: label, reason })
    else sites.push(site)
  })
  return { sites, rejected }
}
