import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import type { Camp, LngLat } from '../data/schema'
import { makeCamp } from '../../tests/support/camp'
import { orderAlongLine } from './bam-order'
import { boundsOfPositions } from './fit-bounds'
import { checkBamProximity, checkCampCountries, type CountryPolygon } from './geo-sanity'

/**
 * Golden files, as Turf tests its functions: each `test/in/<kind>-<case>.geojson` is run
 * through the function its name starts with and compared with `test/out/<same name>`.
 * `REGEN=1 npx vitest run src/geo/golden.test.ts` rewrites the expected files (then read
 * the diff before committing it).
 */

const IN = resolve('src/geo/test/in')
const OUT = resolve('src/geo/test/out')
const REGEN = process.env.REGEN === '1'

type Props = Record<string, unknown>
const round = (n: number) => Math.round(n * 1000) / 1000
const points = (fc: FeatureCollection) => fc.features.filter((f): f is Feature<Point, Props> => f.geometry.type === 'Point')
const lines = (fc: FeatureCollection) => fc.features.filter((f): f is Feature<LineString, Props> => f.geometry.type === 'LineString')
const lngLatOf = (f: Feature<Point>): LngLat => [f.geometry.coordinates[0] ?? NaN, f.geometry.coordinates[1] ?? NaN]

/** A camp with only the fields a geometry check reads taken from the point's properties. */
function campOf(f: Feature<Point, Props>): Camp {
  const p = f.properties
  return makeCamp({
    id: String(p.id),
    name: String(p.id),
    country: String(p.country ?? 'RU'),
    bam: p.bam === true,
    uncertaintyKm: Number(p.uncertaintyKm ?? 5),
    notes: String(p.notes ?? ''),
    lngLat: lngLatOf(f),
  })
}

function withVerdicts(input: FeatureCollection, rejected: readonly { id: string; reason: string }[]): FeatureCollection {
  const byId = new Map(rejected.map((r) => [r.id, r.reason]))
  return {
    type: 'FeatureCollection',
    features: points(input).map((f) => ({
      ...f,
      properties: { id: f.properties.id, rejected: byId.get(String(f.properties.id)) ?? null },
    })),
  }
}

const runners: Record<string, (input: FeatureCollection) => FeatureCollection> = {
  /** Route = the line with properties.role "route"; every Point is a site with an id. */
  'bam-order'(input) {
    const route = lines(input).find((l) => l.properties.role === 'route')
    if (!route) throw new Error('bam-order fixture has no LineString with role "route"')
    const all = lines(input).map((l) => l.geometry.coordinates as LngLat[])
    const sites = points(input).map((f) => ({ id: String(f.properties.id), lngLat: lngLatOf(f) }))
    const at = new Map(sites.map((s) => [s.id, s.lngLat]))
    const placed = orderAlongLine(sites, route.geometry.coordinates as LngLat[], all)
    return {
      type: 'FeatureCollection',
      features: placed.map((p, order) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...(at.get(p.id) ?? [])] },
        properties: { id: p.id, order, alongKm: round(p.alongKm), offLineKm: round(p.offLineKm) },
      })),
    }
  },
  /** The bounds the map fits to, as a rectangle; an empty collection when there is nothing to fit. */
  bounds(input) {
    const b = boundsOfPositions(points(input).map(lngLatOf))
    if (b === null) return { type: 'FeatureCollection', features: [] }
    const [[s, w], [n, e]] = b as [[number, number], [number, number]]
    return {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          bbox: [w, s, e, n],
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [w, s],
                [e, s],
                [e, n],
                [w, n],
                [w, s],
              ],
            ],
          },
          properties: {},
        },
      ],
    }
  },
  /** Country polygons carry properties.country; each Point is a camp. */
  'country-check'(input) {
    const countries = new Map(
      input.features
        .filter((f): f is Feature<Polygon | MultiPolygon, Props> => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
        .map((f) => [String(f.properties.country), f as CountryPolygon]),
    )
    return withVerdicts(input, checkCampCountries(points(input).map(campOf), countries))
  },
  /** LineStrings are the BAM line; each Point is a camp (bam, uncertaintyKm, notes). */
  'bam-proximity'(input) {
    return withVerdicts(input, checkBamProximity(points(input).map(campOf), lines(input)))
  },
}

const fixtures = readdirSync(IN)
  .filter((f) => f.endsWith('.geojson'))
  .sort()

describe('geo golden files (src/geo/test/in → out)', () => {
  it('has a fixture for every function', () => {
    for (const kind of Object.keys(runners))
      expect(
        fixtures.some((f) => f.startsWith(`${kind}-`)),
        kind,
      ).toBe(true)
  })

  it.each(fixtures)('%s', (name) => {
    const kind = Object.keys(runners).find((k) => name.startsWith(`${k}-`))
    if (kind === undefined) throw new Error(`${name}: no runner for this name`)
    const input = JSON.parse(readFileSync(resolve(IN, name), 'utf8')) as FeatureCollection
    const actual = runners[kind]?.(input)
    const outFile = resolve(OUT, name)
    if (REGEN) writeFileSync(outFile, `${JSON.stringify(actual, null, 2)}\n`)
    expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')))
  })
})
