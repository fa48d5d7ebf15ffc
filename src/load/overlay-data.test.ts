import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseRailways, parseTowns, parseWater } from './overlay-data'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../tests/fixtures/basemap/${name}`, import.meta.url), 'utf8'))

describe('basemap overlay data', () => {
  it('reads lakes and rivers from a water TopoJSON', () => {
    const water = parseWater(fixture('water-low.topo.json'))
    expect(water.lakes.features.map((f) => f.properties.name)).toEqual(['Lake Baikal'])
    expect(water.rivers.features.map((f) => [f.properties.name, f.properties.rank])).toEqual([
      ['Amur', 1],
      ['Ingoda', 2],
    ])
  })

  it('refuses a topology without lakes or rivers', () => {
    expect(() => parseWater({ type: 'Topology', objects: {}, arcs: [] })).toThrow(/lakes and rivers/)
    expect(() => parseWater([])).toThrow(/TopoJSON/)
  })

  it('reads towns and leaves out malformed ones', () => {
    const json = fixture('towns.geojson') as { features: unknown[] }
    const broken = [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 10] }, properties: { id: 'x', nameEn: 'X', rank: 1 } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [10, 10] }, properties: { id: 'y', nameEn: 'Y', rank: 4 } },
    ]
    const towns = parseTowns({ ...json, features: [...json.features, ...broken] })
    expect(towns.map((t) => t.id)).toEqual(['chita', 'khabarovsk', 'irkutsk', 'petrovsk-zabaykalsky', 'karymskoye'])
    expect(towns[0]).toEqual({ id: 'chita', nameEn: 'Chita', nameJa: 'チタ', rank: 1, lngLat: [113.5, 52.03] })
  })

  it('accepts every feature of the committed geodata and water files', () => {
    const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'))
    const count = (path: string) => (read(path) as { features: unknown[] }).features.length
    expect(parseTowns(read('geodata/towns.geojson'))).toHaveLength(count('geodata/towns.geojson'))
    expect(parseRailways(read('geodata/railways-1940s.geojson'))).toHaveLength(count('geodata/railways-1940s.geojson'))
    for (const detail of ['low', 'high']) {
      const water = parseWater(read(`public/basemap-water-${detail}.topo.json`))
      expect(water.lakes.features.some((f) => f.properties.name === 'Lake Baikal' || /Baikal/.test(f.properties.name ?? ''))).toBe(true)
      expect(water.rivers.features.some((f) => f.properties.name === 'Amur')).toBe(true)
    }
  })

  it('reads railways and leaves out lines with one point', () => {
    const json = fixture('railways-1940s.geojson') as { features: unknown[] }
    const broken = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[1, 1]] }, properties: { id: 'short' } }
    const railways = parseRailways({ ...json, features: [...json.features, broken] })
    expect(railways.map((r) => r.properties.id)).toEqual(['trans-siberian-fixture'])
  })
})
