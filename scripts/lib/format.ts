import { campPropertiesSchema, regionSchema, sourceSchema } from '../../src/data/schema'
import { BURIAL_KEYS } from '../../src/data/burial-schema'

/**
 * The canonical text of every file in geodata/: one entry per line, keys in a fixed
 * order, coordinates rounded to 6 decimals, so that a change to one camp, source or
 * region is a one-line diff. Polygon collections (the USSR outline) are written on one
 * line: their geometry is generated, never edited by hand.
 */

type JsonObject = { [key: string]: unknown }

const COLLECTION_KEYS = ['type', 'metadata', 'features']
const METADATA_KEYS = ['title', 'version', 'date', 'license', 'description']
const FEATURE_KEYS = ['type', 'id', 'geometry', 'properties']
const GEOMETRY_KEYS = ['type', 'coordinates']
const CAMP_KEYS = Object.keys(campPropertiesSchema.shape)
const BAM_LINE_KEYS = ['id', 'kind', 'name', 'nameJa', 'stations', 'years', 'status', 'note']
const SOURCE_KEYS = Object.keys(sourceSchema.shape)
const AREA_KEYS = ['slug', 'nameEn', 'nameJa', 'nameRu']
const REGION_KEYS = Object.keys(regionSchema.shape)
const COORDINATE_DECIMALS = 6

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The listed keys first, in that order, then any others in their original order. */
function orderKeys(value: unknown, order: readonly string[]): unknown {
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const key of order) if (key in value) out[key] = value[key]
  for (const [key, v] of Object.entries(value)) if (!(key in out)) out[key] = v
  return out
}

export function roundCoordinate(n: number): number {
  const factor = 10 ** COORDINATE_DECIMALS
  const rounded = Math.round(n * factor) / factor
  return Object.is(rounded, -0) ? 0 : rounded
}

function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') return roundCoordinate(value)
  if (Array.isArray(value)) return value.map(roundCoordinates)
  return value
}

function canonicalGeometry(geometry: unknown): unknown {
  const ordered = orderKeys(geometry, GEOMETRY_KEYS)
  if (!isObject(ordered) || !('coordinates' in ordered)) return ordered
  return { ...ordered, coordinates: roundCoordinates(ordered.coordinates) }
}

function propertyOrder(properties: unknown): readonly string[] {
  if (!isObject(properties)) return []
  if ('number' in properties) return CAMP_KEYS
  if ('buried' in properties) return BURIAL_KEYS
  if ('kind' in properties) return BAM_LINE_KEYS
  return []
}

function canonicalFeature(feature: unknown): unknown {
  const ordered = orderKeys(feature, FEATURE_KEYS)
  if (!isObject(ordered)) return ordered
  const out: JsonObject = { ...ordered }
  if ('geometry' in out) out.geometry = canonicalGeometry(out.geometry)
  if ('properties' in out) out.properties = orderKeys(out.properties, propertyOrder(out.properties))
  return out
}

function canonicalize(value: unknown): unknown {
  if (!isObject(value)) return value
  if (value.type === 'FeatureCollection') {
    const out = orderKeys(value, COLLECTION_KEYS) as JsonObject
    if ('metadata' in out) out.metadata = orderKeys(out.metadata, METADATA_KEYS)
    if (Array.isArray(out.features)) out.features = out.features.map(canonicalFeature)
    return out
  }
  const out: JsonObject = { ...value }
  if (Array.isArray(out.sources)) out.sources = out.sources.map((s) => orderKeys(s, SOURCE_KEYS))
  if (Array.isArray(out.areas)) out.areas = out.areas.map((a) => orderKeys(a, AREA_KEYS))
  if (Array.isArray(out.regions)) out.regions = out.regions.map((r) => orderKeys(r, REGION_KEYS))
  return orderKeys(out, ['sources', 'areas', 'regions'])
}

function hasPolygons(value: unknown): boolean {
  if (!isObject(value) || !Array.isArray(value.features)) return false
  return value.features.some((f) => {
    if (!isObject(f) || !isObject(f.geometry)) return false
    return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
  })
}

function formatMember(key: string, value: unknown, last: boolean): string {
  const comma = last ? '' : ','
  const name = JSON.stringify(key)
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) {
    const items = value.map((item, i) => `    ${JSON.stringify(item)}${i === value.length - 1 ? '' : ','}`)
    return `  ${name}: [\n${items.join('\n')}\n  ]${comma}`
  }
  return `  ${name}: ${JSON.stringify(value)}${comma}`
}

/** The canonical text (with a final newline) of any geodata file's parsed value. */
export function formatGeodata(value: unknown): string {
  const canonical = canonicalize(value)
  if (!isObject(canonical) || hasPolygons(canonical)) return `${JSON.stringify(canonical)}\n`
  const entries = Object.entries(canonical)
  if (entries.length === 0) return '{}\n'
  const members = entries.map(([key, v], i) => formatMember(key, v, i === entries.length - 1))
  return `{\n${members.join('\n')}\n}\n`
}
