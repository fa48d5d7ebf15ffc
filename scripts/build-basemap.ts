import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import { quantize } from 'topojson-client'
import { topology } from 'topojson-server'
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify'
import type { Objects, Topology } from 'topojson-specification'
import { unwrapAntimeridian } from './lib/antimeridian'
import { isMain } from './lib/is-main'
import { BASEMAP_FILE } from './lib/paths'
import { decodeCountries, readWorldAtlas50m, type CountryFeature } from './lib/world-atlas'

/**
 * Builds public/basemap.topo.json: the countries of world-atlas 50m (Natural Earth) that
 * reach into the map's window (lon 10..190, lat 20..82), simplified and quantized so the
 * file stays small. Antimeridian: rings crossing 180 (Chukotka) get +360 on their negative
 * longitudes, so Russia is one shape east of 180. Parts of a country outside the window
 * (the Americas, southern Africa…) are dropped. The app decodes it with
 * `feature(topo, topo.objects.countries)`; each feature has id = ISO 3166-1 numeric and
 * properties `{ name, isoNumeric }`. Run: `npm run build:basemap`.
 */

export const WINDOW = { west: 10, south: 20, east: 190, north: 82 } as const
/** Minimum planar triangle area (square degrees) a vertex must carry to be kept. */
export const SIMPLIFY_MIN_WEIGHT = 0.001
/** Rings smaller than this (square degrees) are dropped, unless that would empty a country. */
export const MIN_RING_AREA = 0.02
export const QUANTIZATION = 1e4
export const MAX_GZIP_BYTES = 150 * 1024

export type BasemapProperties = { name: string; isoNumeric: string | null }

function bboxOf(rings: readonly Position[][]): [number, number, number, number] {
  let west = Infinity
  let south = Infinity
  let east = -Infinity
  let north = -Infinity
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      if (lon === undefined || lat === undefined) continue
      west = Math.min(west, lon)
      east = Math.max(east, lon)
      south = Math.min(south, lat)
      north = Math.max(north, lat)
    }
  }
  return [west, south, east, north]
}

function intersectsWindow(polygon: readonly Position[][]): boolean {
  const [west, south, east, north] = bboxOf(polygon)
  return west <= WINDOW.east && east >= WINDOW.west && south <= WINDOW.north && north >= WINDOW.south
}

/** The country cut down to its polygons that reach into the window, or null. */
export function clipToWindow(country: CountryFeature): Feature<MultiPolygon, BasemapProperties> | null {
  const geometry: Polygon | MultiPolygon = unwrapAntimeridian(country.geometry)
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const kept = polygons.filter(intersectsWindow)
  if (kept.length === 0) return null
  const isoNumeric = typeof country.id === 'string' ? country.id : null
  return {
    type: 'Feature',
    ...(isoNumeric === null ? {} : { id: isoNumeric }),
    geometry: { type: 'MultiPolygon', coordinates: kept },
    properties: { name: country.properties.name, isoNumeric },
  }
}

/** The basemap topology: one object, `countries`, whose geometries carry BasemapProperties. */
export type BasemapTopology = Topology<Objects<BasemapProperties>>

export function buildBasemap(countries: readonly CountryFeature[]): BasemapTopology {
  const features = countries.map(clipToWindow).filter((f): f is Feature<MultiPolygon, BasemapProperties> => f !== null)
  const collection: FeatureCollection<MultiPolygon, BasemapProperties> = { type: 'FeatureCollection', features }
  // topojson-server types its result with nullable properties; ours are never null
  const built = topology({ countries: collection }) as BasemapTopology
  const simplified = simplify(presimplify(built), SIMPLIFY_MIN_WEIGHT)
  const filtered = filter(simplified, filterWeight(simplified, MIN_RING_AREA)) as BasemapTopology
  return quantize(filtered, QUANTIZATION)
}

if (isMain(import.meta.url)) {
  const topo = buildBasemap(decodeCountries(readWorldAtlas50m()))
  const text = JSON.stringify(topo)
  writeFileSync(BASEMAP_FILE, text)
  const gzipBytes = gzipSync(text).length
  const countries = (topo.objects.countries as { geometries: unknown[] }).geometries.length
  console.log(`${BASEMAP_FILE}: ${countries} countries, ${text.length} bytes raw, ${gzipBytes} bytes gzip`)
  if (gzipBytes > MAX_GZIP_BYTES) {
    console.error(`gzip size ${gzipBytes} exceeds ${MAX_GZIP_BYTES}`)
    process.exit(1)
  }
}
