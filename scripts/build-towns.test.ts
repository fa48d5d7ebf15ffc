import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WINDOW } from './build-basemap'
import { buildTowns, findCity, normalizeName, readTownEntries, type City, type TownCollection, type TownEntry } from './build-towns'
import { formatGeodata } from './lib/format'
import { distanceKm } from './lib/river-network'

const root = new URL('../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')
const towns = JSON.parse(read('geodata/towns.geojson')) as TownCollection
const entries = readTownEntries(new URL('scripts/data/towns.json', root).pathname)
const regions = (JSON.parse(read('geodata/regions.json')) as { regions: { slug: string }[] }).regions
const camps = (JSON.parse(read('geodata/camps.geojson')) as { features: { id: string; geometry: { coordinates: [number, number] } }[] })
  .features

describe('findCity / buildTowns (pure)', () => {
  const cities: City[] = [
    { cityId: 1, name: 'Sovetskaya Gavan’', country: 'RU', population: 1, loc: { coordinates: [140.29, 48.97] } },
    { cityId: 2, name: 'Chita', country: 'JP', population: 1, loc: { coordinates: [136.86, 35.0] } },
    { cityId: 3, name: 'Chita', country: 'RU', population: 1, loc: { coordinates: [113.5, 52.03] } },
  ]
  const entry = (gazetteer: TownEntry['gazetteer']): TownEntry => ({
    id: 'x',
    nameEn: 'X',
    nameJa: 'エックス',
    nameRu: 'Икс',
    rank: 3,
    gazetteer,
  })

  it('ignores accents, apostrophes and case, and picks by country and hint', () => {
    expect(normalizeName('Sühbaatar')).toBe('suhbaatar')
    expect(findCity(entry(['Sovetskaya Gavan', 'RU', 140.3, 49.0]), cities)?.cityId).toBe(1)
    expect(findCity(entry(['Chita', 'RU', 113.5, 52.0]), cities)?.cityId).toBe(3)
    expect(findCity(entry(['Chita', 'RU', 120, 60]), cities)).toBeNull()
  })

  it('reports a town it cannot find instead of inventing a position', () => {
    const { collection, missing } = buildTowns([entry(['Nowhere', 'RU', 100, 50])], cities, '2026-01-01')
    expect(collection.features).toEqual([])
    expect(missing).toEqual(['x: no GeoNames entry "Nowhere" (RU) within 50 km'])
  })
})

describe('geodata/towns.geojson (committed output)', () => {
  const features = towns.features

  it('is the names list resolved one to one, in canonical format', () => {
    expect(features.map((f) => f.id)).toEqual(entries.map((e) => e.id))
    expect(formatGeodata(towns)).toBe(read('geodata/towns.geojson'))
    expect(new Set(features.map((f) => f.id)).size).toBe(features.length)
    expect(new Set(features.map((f) => f.properties.geonameId)).size).toBe(features.length)
  })

  it('gives every town three names, a rank, a GeoNames id and a source', () => {
    for (const { id, properties: p } of features) {
      expect(p.id).toBe(id)
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(p.nameEn.trim(), id).not.toBe('')
      expect(p.nameJa, id).toMatch(/^[\u30a0-\u30ff\u4e00-\u9fff・ー]+$/)
      expect(p.nameRu, id).toMatch(/^[\u0400-\u04ff][\u0400-\u04ff\s-]*$/)
      expect([1, 2, 3]).toContain(p.rank)
      expect(Number.isInteger(p.geonameId) && p.geonameId > 0).toBe(true)
      expect(p.source).toContain(`GeoNames ${p.geonameId}`)
    }
  })

  it('lies inside the map window', () => {
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates
      expect(lon >= WINDOW.west && lon <= WINDOW.east && lat >= WINDOW.south && lat <= WINDOW.north, f.id).toBe(true)
    }
  })

  it('has the seat of every 1946 region of regions.json, once', () => {
    const seats = features.filter((f) => f.properties.region !== undefined).map((f) => f.properties.region)
    expect([...seats].sort()).toEqual(regions.map((r) => r.slug).sort())
    for (const f of features) if (f.properties.region !== undefined) expect(f.properties.rank, f.id).toBe(1)
  })

  it('places each camp town (rank 2) within 15 km of a camp', () => {
    for (const f of features.filter((t) => t.properties.rank === 2)) {
      const nearest = Math.min(...camps.map((c) => distanceKm(f.geometry.coordinates, c.geometry.coordinates)))
      expect(nearest, f.id).toBeLessThanOrEqual(15)
    }
  })

  it('uses the usual Japanese names of the issue', () => {
    const ja = new Map(features.map((f) => [f.id, f.properties.nameJa]))
    expect(ja.get('chita')).toBe('チタ')
    expect(ja.get('khabarovsk')).toBe('ハバロフスク')
    expect(ja.get('ulan-bator')).toBe('ウランバートル')
    expect(ja.get('tashkent')).toBe('タシケント')
    expect(ja.get('karaganda')).toBe('カラガンダ')
    expect(ja.get('taishet')).toBe('タイシェット')
  })
})
