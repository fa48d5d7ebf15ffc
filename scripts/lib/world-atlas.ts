import { readFileSync } from 'node:fs'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { WORLD_ATLAS_50M } from './paths'

/** A world-atlas country: ISO 3166-1 numeric id (a string such as "643") and its name. */
export type CountryProperties = { name: string }
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>

export type WorldAtlasTopology = Topology<{
  countries: GeometryCollection<CountryProperties>
  land: GeometryCollection
}>

export function readWorldAtlas50m(path: string = WORLD_ATLAS_50M): WorldAtlasTopology {
  return JSON.parse(readFileSync(path, 'utf8')) as WorldAtlasTopology
}

/** The countries object decoded to GeoJSON (features without a polygon are dropped). */
export function decodeCountries(topology: WorldAtlasTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon | null, CountryProperties>
  return collection.features.filter((f): f is CountryFeature => {
    return f.geometry !== null && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
  })
}
