import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson'

/**
 * Parsing of the basemap's extra layers (water, towns, railways of the 1940s): plain
 * checks of the shapes the build scripts write, so that a broken file is reported and
 * left out instead of breaking the map. Pure; the fetching is in load-overlays.ts.
 */

type Names = { name?: string; nameJa?: string; nameRu?: string }
type LakeFeature = Feature<Polygon | MultiPolygon, Names>
type RiverFeature = Feature<LineString | MultiLineString, Names & { rank: number }>
export type Water = {
  lakes: FeatureCollection<Polygon | MultiPolygon, Names>
  rivers: FeatureCollection<LineString | MultiLineString, Names & { rank: number }>
}

export type Town = { id: string; nameEn: string; nameJa: string; rank: 1 | 2 | 3; lngLat: [number, number] }
export type Railway = Feature<LineString | MultiLineString, { id: string; name: string; nameJa: string; opened: number | string | null }>

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function isLngLat(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  )
}

function names(props: Json): Names {
  const out: Names = {}
  const name = str(props.name)
  const nameJa = str(props.nameJa)
  const nameRu = str(props.nameRu)
  if (name !== undefined) out.name = name
  if (nameJa !== undefined) out.nameJa = nameJa
  if (nameRu !== undefined) out.nameRu = nameRu
  return out
}

function isGeometryCollection(value: unknown): value is GeometryCollection {
  return isObject(value) && value.type === 'GeometryCollection' && Array.isArray(value.geometries)
}

/** The lakes and rivers of a water TopoJSON (objects `lakes` and `rivers`). */
export function parseWater(json: unknown): Water {
  if (!isObject(json) || json.type !== 'Topology' || !isObject(json.objects)) throw new Error('not a TopoJSON topology')
  const { lakes, rivers } = json.objects
  if (!isGeometryCollection(lakes) || !isGeometryCollection(rivers)) throw new Error('the topology has no lakes and rivers objects')
  const topology = json as unknown as Topology
  const lakeFeatures: LakeFeature[] = []
  for (const f of feature(topology, lakes).features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue
    lakeFeatures.push({ type: 'Feature', geometry: f.geometry, properties: names(isObject(f.properties) ? f.properties : {}) })
  }
  const riverFeatures: RiverFeature[] = []
  for (const f of feature(topology, rivers).features) {
    if (f.geometry.type !== 'LineString' && f.geometry.type !== 'MultiLineString') continue
    const props = isObject(f.properties) ? f.properties : {}
    const rank = typeof props.rank === 'number' && Number.isFinite(props.rank) ? props.rank : 3
    riverFeatures.push({ type: 'Feature', geometry: f.geometry, properties: { ...names(props), rank } })
  }
  return { lakes: { type: 'FeatureCollection', features: lakeFeatures }, rivers: { type: 'FeatureCollection', features: riverFeatures } }
}

function features(json: unknown): Json[] {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new Error('not a GeoJSON FeatureCollection')
  return json.features.filter(isObject)
}

/** The gazetteer's towns (Points with id, names and rank 1–3); malformed ones are left out. */
export function parseTowns(json: unknown): Town[] {
  const towns: Town[] = []
  for (const f of features(json)) {
    const geometry = f.geometry
    const props = f.properties
    if (!isObject(geometry) || geometry.type !== 'Point' || !isLngLat(geometry.coordinates) || !isObject(props)) continue
    const id = str(props.id)
    const nameEn = str(props.nameEn)
    const rank = props.rank
    if (id === undefined || nameEn === undefined || (rank !== 1 && rank !== 2 && rank !== 3)) continue
    towns.push({ id, nameEn, nameJa: str(props.nameJa) ?? '', rank, lngLat: [geometry.coordinates[0], geometry.coordinates[1]] })
  }
  return towns
}

function isLine(value: unknown): value is LineString | MultiLineString {
  if (!isObject(value)) return false
  if (value.type === 'LineString')
    return Array.isArray(value.coordinates) && value.coordinates.length >= 2 && value.coordinates.every(isLngLat)
  if (value.type === 'MultiLineString')
    return Array.isArray(value.coordinates) && value.coordinates.every((l) => Array.isArray(l) && l.length >= 2 && l.every(isLngLat))
  return false
}

/** The railways of the 1940s (LineStrings with id and names); malformed ones are left out. */
export function parseRailways(json: unknown): Railway[] {
  const railways: Railway[] = []
  for (const f of features(json)) {
    const props = f.properties
    if (!isLine(f.geometry) || !isObject(props)) continue
    const id = str(props.id)
    if (id === undefined) continue
    const opened = typeof props.opened === 'number' || typeof props.opened === 'string' ? props.opened : null
    railways.push({
      type: 'Feature',
      geometry: f.geometry,
      properties: { id, name: str(props.name) ?? id, nameJa: str(props.nameJa) ?? '', opened },
    })
  }
  return railways
}
