import kinks from '@turf/kinks'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { z } from 'zod'
import { campIdSchema } from '../../src/data/schema'
import { datasetMetadataSchema, firstIssue } from '../../src/data/validate'

/**
 * Checks of the basemap layers built by scripts/build-towns.ts, build-railways.ts and
 * build-water.ts: schemas (zod), every coordinate inside the map window, three names per
 * town, railway stations that resolve to towns (vertex = town position), lakes that do not
 * self-intersect. Pure: problems are `{ id, reason }`, id a feature id or "(file)".
 */

export const MAP_WINDOW = { west: 10, south: 20, east: 190, north: 82 } as const

type Problem = { id: string; reason: string }

const nonEmpty = z.string().trim().min(1)
const japanese = z
  .string()
  .regex(/^[\u3000-\u30ff\u4e00-\u9fff（）－0-9A-Za-z\s–]+$/u, 'not Japanese text')
  .regex(/[\u30a0-\u30ff\u4e00-\u9fff]/u, 'no katakana or kanji')
const russian = z
  .string()
  .regex(/^[\u0400-\u04ff0-9\s()–.,:-]+$/u, 'not Cyrillic text')
  .regex(/[\u0400-\u04ff]/u, 'no Cyrillic letter')
const point = z.tuple([z.number(), z.number()])

export const townPropertiesSchema = z.strictObject({
  id: campIdSchema,
  nameEn: nonEmpty,
  nameJa: japanese,
  nameRu: russian,
  rank: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  region: campIdSchema.optional(),
  modernName: nonEmpty.optional(),
  geonameId: z.number().int().positive(),
  source: nonEmpty,
})

export const townFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: campIdSchema,
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: point }),
  properties: townPropertiesSchema,
})
export type TownFeature = z.infer<typeof townFeatureSchema>

export const railwayPropertiesSchema = z.strictObject({
  id: campIdSchema,
  name: nonEmpty,
  nameJa: japanese,
  nameRu: russian,
  opened: nonEmpty,
  stations: z.array(nonEmpty).min(2),
  stationIds: z.array(campIdSchema).min(2),
  source: nonEmpty,
  note: nonEmpty,
})

export const railwayFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: campIdSchema,
  geometry: z.strictObject({ type: z.literal('LineString'), coordinates: z.array(point).min(2) }),
  properties: railwayPropertiesSchema,
})

const collectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  metadata: datasetMetadataSchema,
  features: z.array(z.unknown()),
})

function inWindow([lon, lat]: readonly number[]): boolean {
  return (
    lon !== undefined &&
    lat !== undefined &&
    lon >= MAP_WINDOW.west &&
    lon <= MAP_WINDOW.east &&
    lat >= MAP_WINDOW.south &&
    lat <= MAP_WINDOW.north
  )
}

const OUTSIDE = `outside the map window (lon ${MAP_WINDOW.west}..${MAP_WINDOW.east}, lat ${MAP_WINDOW.south}..${MAP_WINDOW.north})`

/** towns.geojson: schema, unique ids and GeoNames ids, window, known region slugs. */
export function checkTowns(json: unknown, regionSlugs: ReadonlySet<string> | null): { towns: TownFeature[]; problems: Problem[] } {
  const collection = collectionSchema.safeParse(json)
  if (!collection.success) return { towns: [], problems: [{ id: '(file)', reason: firstIssue(collection.error) }] }
  const towns: TownFeature[] = []
  const problems: Problem[] = []
  const seen = new Set<string>()
  const geonames = new Map<number, string>()
  collection.data.features.forEach((raw, index) => {
    const parsed = townFeatureSchema.safeParse(raw)
    if (!parsed.success) {
      problems.push({ id: `towns #${index}`, reason: firstIssue(parsed.error) })
      return
    }
    const town = parsed.data
    const p = town.properties
    if (town.id !== p.id) problems.push({ id: town.id, reason: 'id differs from properties.id' })
    if (seen.has(town.id)) problems.push({ id: town.id, reason: 'duplicate id' })
    seen.add(town.id)
    const other = geonames.get(p.geonameId)
    if (other !== undefined) problems.push({ id: town.id, reason: `same geonameId as ${other}` })
    geonames.set(p.geonameId, town.id)
    if (!inWindow(town.geometry.coordinates)) problems.push({ id: town.id, reason: OUTSIDE })
    if (p.region !== undefined) {
      if (p.rank !== 1) problems.push({ id: town.id, reason: 'a regional seat (region set) must have rank 1' })
      if (regionSlugs !== null && !regionSlugs.has(p.region)) problems.push({ id: town.id, reason: `unknown region "${p.region}"` })
    }
    towns.push(town)
  })
  if (regionSlugs !== null) {
    const seats = new Set(towns.map((t) => t.properties.region).filter((r) => r !== undefined))
    for (const slug of regionSlugs) if (!seats.has(slug)) problems.push({ id: '(file)', reason: `no regional seat for region "${slug}"` })
  }
  return { towns, problems }
}

/** railways-1940s.geojson: schema, window, and every station a town whose position is the vertex. */
export function checkRailways(json: unknown, towns: readonly TownFeature[] | null): Problem[] {
  const collection = collectionSchema.safeParse(json)
  if (!collection.success) return [{ id: '(file)', reason: firstIssue(collection.error) }]
  const problems: Problem[] = []
  const byId = new Map((towns ?? []).map((t) => [t.id, t]))
  collection.data.features.forEach((raw, index) => {
    const parsed = railwayFeatureSchema.safeParse(raw)
    if (!parsed.success) {
      problems.push({ id: `railways #${index}`, reason: firstIssue(parsed.error) })
      return
    }
    const line = parsed.data
    const p = line.properties
    if (line.id !== p.id) problems.push({ id: line.id, reason: 'id differs from properties.id' })
    const coordinates = line.geometry.coordinates
    if (p.stations.length !== coordinates.length || p.stationIds.length !== coordinates.length) {
      problems.push({ id: line.id, reason: 'stations, stationIds and vertices differ in number (vertices are only at stations)' })
      return
    }
    if (!coordinates.every(inWindow)) problems.push({ id: line.id, reason: OUTSIDE })
    if (towns === null) return
    p.stationIds.forEach((stationId, i) => {
      const town = byId.get(stationId)
      if (!town) {
        problems.push({ id: line.id, reason: `station "${stationId}" is not a town of towns.geojson` })
        return
      }
      const [lon, lat] = coordinates[i] as [number, number]
      const [tlon, tlat] = town.geometry.coordinates
      if (lon !== tlon || lat !== tlat) problems.push({ id: line.id, reason: `vertex ${i} is not at the position of ${stationId}` })
      if (p.stations[i] !== town.properties.nameEn)
        problems.push({ id: line.id, reason: `station ${i} is "${p.stations[i]}", the town is "${town.properties.nameEn}"` })
    })
  })
  return problems
}

const lakePropertiesSchema = z.strictObject({ name: nonEmpty.optional(), nameJa: japanese.optional(), nameRu: russian.optional() })
const riverPropertiesSchema = z.strictObject({
  rank: z.number().int().min(1).max(3),
  name: nonEmpty.optional(),
  nameJa: japanese.optional(),
  nameRu: russian.optional(),
})

type WaterTopology = Topology<{ lakes: GeometryCollection; rivers: GeometryCollection }>

function isWaterTopology(json: unknown): json is WaterTopology {
  if (typeof json !== 'object' || json === null) return false
  const t = json as { type?: unknown; arcs?: unknown; objects?: Record<string, { type?: unknown } | undefined> }
  return (
    t.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    t.objects?.lakes?.type === 'GeometryCollection' &&
    t.objects.rivers?.type === 'GeometryCollection'
  )
}

function positionsOf(geometry: Geometry | null): Position[] {
  if (geometry === null) return []
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates]
    case 'LineString':
    case 'MultiPoint':
      return geometry.coordinates
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat()
    case 'MultiPolygon':
      return geometry.coordinates.flat(2)
    default:
      return []
  }
}

/** A water TopoJSON: objects `lakes` and `rivers`, their properties and types, window, no self-intersecting lake. */
export function checkWater(json: unknown): Problem[] {
  if (!isWaterTopology(json)) return [{ id: '(file)', reason: 'not a TopoJSON Topology with GeometryCollections "lakes" and "rivers"' }]
  const problems: Problem[] = []
  const lakes = feature(json, json.objects.lakes) as FeatureCollection<Geometry | null>
  const rivers = feature(json, json.objects.rivers) as FeatureCollection<Geometry | null>
  lakes.features.forEach((lake, i) => {
    const id = `lakes #${i}${typeof lake.properties?.name === 'string' ? ` (${lake.properties.name})` : ''}`
    const parsed = lakePropertiesSchema.safeParse(lake.properties ?? {})
    if (!parsed.success) problems.push({ id, reason: firstIssue(parsed.error) })
    if (lake.geometry?.type !== 'Polygon' && lake.geometry?.type !== 'MultiPolygon') {
      problems.push({ id, reason: 'a lake must be a Polygon or MultiPolygon' })
      return
    }
    if (!positionsOf(lake.geometry).every(inWindow)) problems.push({ id, reason: OUTSIDE })
    const crossings = kinks(lake as Feature<Polygon | MultiPolygon>).features.length
    if (crossings > 0) problems.push({ id, reason: `outline intersects itself (${crossings} crossing(s))` })
  })
  rivers.features.forEach((river, i) => {
    const id = `rivers #${i}${typeof river.properties?.name === 'string' ? ` (${river.properties.name})` : ''}`
    const parsed = riverPropertiesSchema.safeParse(river.properties ?? {})
    if (!parsed.success) problems.push({ id, reason: firstIssue(parsed.error) })
    if (river.geometry?.type !== 'LineString' && river.geometry?.type !== 'MultiLineString') {
      problems.push({ id, reason: 'a river must be a LineString or MultiLineString' })
      return
    }
    if (!positionsOf(river.geometry).every(inWindow)) problems.push({ id, reason: OUTSIDE })
  })
  return problems
}
