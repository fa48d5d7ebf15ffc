import { readFileSync } from 'node:fs'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import pointToLineDistance from '@turf/point-to-line-distance'
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { WINDOW } from './build-basemap'
import { buildRailways, readRailwayEntries, type RailwayCollection } from './build-railways'
import type { TownCollection } from './build-towns'
import { formatGeodata } from './lib/format'

const root = new URL('../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')
const railways = JSON.parse(read('geodata/railways-1940s.geojson')) as RailwayCollection
const towns = JSON.parse(read('geodata/towns.geojson')) as TownCollection
const entries = readRailwayEntries(new URL('scripts/data/railways-1940s.json', root).pathname)

describe('buildRailways (pure)', () => {
  it('reports a station that is not a town and draws no line for it', () => {
    const { collection, missing } = buildRailways(
      [{ id: 'x', name: 'X', nameJa: 'X線', nameRu: 'Х', opened: '1900', stations: ['chita', 'atlantis'], source: 's', note: 'n' }],
      towns,
    )
    expect(collection.features).toEqual([])
    expect(missing).toEqual(['x: station(s) not in the towns file: atlantis'])
  })
})

describe('geodata/railways-1940s.geojson (committed output)', () => {
  const lines = railways.features
  const townById = new Map(towns.features.map((t) => [t.id, t]))

  it('is the station list rebuilt against the committed towns, in canonical format', () => {
    expect(buildRailways(entries, towns).collection).toEqual(railways)
    expect(formatGeodata(railways)).toBe(read('geodata/railways-1940s.geojson'))
  })

  it('has the lines the issue asks for', () => {
    expect(lines.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        'trans-siberian-moscow-chita',
        'amur-railway',
        'ussuri-railway',
        'chinese-eastern-railway',
        'turksib',
        'petropavlovsk-karaganda-balkhash',
        'orenburg-tashkent',
      ]),
    )
  })

  it('puts a vertex at each station only, at the town coordinates, inside the window', () => {
    for (const line of lines) {
      const p = line.properties
      expect(p.id).toBe(line.id)
      expect(p.stations.length).toBeGreaterThanOrEqual(2)
      expect(line.geometry.coordinates).toHaveLength(p.stationIds.length)
      p.stationIds.forEach((id, i) => {
        const town = townById.get(id)
        expect(town, `${line.id}: ${id}`).toBeDefined()
        expect(line.geometry.coordinates[i]).toEqual(town?.geometry.coordinates)
        expect(p.stations[i]).toBe(town?.properties.nameEn)
      })
      for (const [lon, lat] of line.geometry.coordinates) {
        expect(lon >= WINDOW.west && lon <= WINDOW.east && lat >= WINDOW.south && lat <= WINDOW.north).toBe(true)
      }
      for (const key of ['name', 'nameJa', 'nameRu', 'opened', 'source', 'note'] as const)
        expect(p[key].trim(), `${line.id}.${key}`).not.toBe('')
      expect(p.source).toMatch(/\(\d{4}\)|\d{4}\)/)
    }
  })

  it('joins the lines at shared stations (Karymskoye, Khabarovsk, Voroshilov, Lugovaya, Arys, Omsk, Petropavlovsk)', () => {
    const ends = (id: string) => lines.find((l) => l.id === id)?.properties.stationIds ?? []
    expect(ends('trans-siberian-moscow-chita').at(-1)).toBe('karymskoye')
    expect(ends('amur-railway')[0]).toBe('karymskoye')
    expect(ends('amur-railway').at(-1)).toBe('khabarovsk')
    expect(ends('ussuri-railway')[0]).toBe('khabarovsk')
    expect(ends('chinese-eastern-railway').at(-1)).toBe('voroshilov')
    expect(ends('ussuri-railway')).toContain('voroshilov')
    expect(ends('turksib').at(-1)).toBe('lugovoy')
    expect(ends('arys-frunze')).toContain('lugovoy')
    expect(ends('orenburg-tashkent')).toContain('arys')
    expect(ends('petropavlovsk-karaganda-balkhash')[0]).toBe('petropavlovsk')
  })

  it('runs round the named lakes along their shores, never more than 8 km out over a lake', () => {
    const topo = JSON.parse(read('public/basemap-water-high.topo.json')) as Topology<{ lakes: GeometryCollection<{ name?: string }> }>
    const lakes = (feature(topo, topo.objects.lakes) as FeatureCollection<Polygon | MultiPolygon, { name?: string }>).features.filter(
      (l) => l.properties.name !== undefined,
    )
    expect(lakes.map((l) => l.properties.name)).toEqual(
      expect.arrayContaining(['Lake Baikal', 'Lake Balkhash', 'Lake Issyk-Kul', 'Aral Sea']),
    )
    const maxOffshoreKm = (a: [number, number], b: [number, number]): number => {
      let max = 0
      for (const lake of lakes) {
        const shore = lake.geometry.type === 'Polygon' ? lake.geometry.coordinates : lake.geometry.coordinates.flat()
        for (let k = 0; k <= 100; k++) {
          const point: [number, number] = [a[0] + ((b[0] - a[0]) * k) / 100, a[1] + ((b[1] - a[1]) * k) / 100]
          if (!booleanPointInPolygon(point, lake)) continue
          const km = Math.min(
            ...shore.map((ring) => pointToLineDistance(point, { type: 'LineString', coordinates: ring }, { units: 'kilometers' })),
          )
          max = Math.max(max, km)
        }
      }
      return max
    }
    for (const line of lines) {
      const coordinates = line.geometry.coordinates
      for (let i = 1; i < coordinates.length; i++) {
        const [a, b] = [coordinates[i - 1] as [number, number], coordinates[i] as [number, number]]
        expect(maxOffshoreKm(a, b), `${line.id}: ${line.properties.stations[i - 1]} – ${line.properties.stations[i]}`).toBeLessThanOrEqual(
          8,
        )
      }
    }
    // the check can fail: a straight Irkutsk – Ulan-Ude segment would cross Lake Baikal
    const town = (id: string) => townById.get(id)?.geometry.coordinates as [number, number]
    expect(maxOffshoreKm(town('irkutsk'), town('ulan-ude'))).toBeGreaterThan(8)
  }, 30_000)
})
