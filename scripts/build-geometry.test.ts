import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { FeatureCollection, MultiPolygon } from 'geojson'
import { feature } from 'topojson-client'
import { describe, expect, it } from 'vitest'
import { buildBasemap, MAX_GZIP_BYTES } from './build-basemap'
import { buildUssrOutline } from './build-ussr-outline'
import { decodeCountries, readWorldAtlas50m } from './lib/world-atlas'

const atlasPath = fileURLToPath(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url))
const countries = decodeCountries(readWorldAtlas50m(atlasPath))

function longitudes(geometry: MultiPolygon): number[] {
  return geometry.coordinates.flat(2).map((p) => p[0] ?? 0)
}

describe('buildUssrOutline', () => {
  const outline = buildUssrOutline(countries)
  const geometry = outline.features[0]?.geometry

  it('is one MultiPolygon feature, contiguous across 180 and rounded to 3 decimals', () => {
    expect(outline.features).toHaveLength(1)
    if (!geometry) throw new Error('no geometry')
    const lons = longitudes(geometry)
    expect(Math.min(...lons)).toBeGreaterThan(0)
    expect(Math.max(...lons)).toBeGreaterThan(185)
    expect(geometry.coordinates.flat(3).every((n) => Math.round(n * 1000) / 1000 === n)).toBe(true)
  })

  it('says what it approximates', () => {
    expect(outline.features[0]?.properties.approximates).toMatch(/successor states/)
  })
}, 30_000)

describe('buildBasemap', () => {
  const topo = buildBasemap(countries)
  const decoded = feature(topo, topo.objects.countries as Parameters<typeof feature>[1]) as FeatureCollection<
    MultiPolygon,
    { name: string; isoNumeric: string | null }
  >

  it('stays under the gzip budget', () => {
    expect(gzipSync(JSON.stringify(topo)).length).toBeLessThanOrEqual(MAX_GZIP_BYTES)
  })

  it('decodes with topojson-client and keeps Russia contiguous east of 180', () => {
    const russia = decoded.features.find((f) => f.properties.isoNumeric === '643')
    expect(russia?.properties.name).toBe('Russia')
    if (!russia) throw new Error('no Russia')
    const lons = longitudes(russia.geometry)
    expect(Math.min(...lons)).toBeGreaterThan(0)
    expect(Math.max(...lons)).toBeGreaterThan(185)
  })

  it('holds the countries of the window and not the Americas', () => {
    const names = decoded.features.map((f) => f.properties.name)
    expect(names).toEqual(expect.arrayContaining(['Mongolia', 'Japan', 'China', 'Kazakhstan', 'Georgia']))
    expect(names).not.toContain('Brazil')
    expect(names).not.toContain('Canada')
  })
})
