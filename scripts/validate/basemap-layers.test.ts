import { readFileSync } from 'node:fs'
import type { FeatureCollection } from 'geojson'
import { topology } from 'topojson-server'
import { describe, expect, it } from 'vitest'
import { BASEMAP_DATA_FILES, DEFAULT_DATA_FILES } from '../lib/paths'
import { checkRailways, checkTowns, checkWater } from './basemap-layers'
import { validateDataset, type DataFile } from './validate-dataset'
import { fileKind } from './file-kind'

const root = new URL('../../', import.meta.url)
const read = (path: string): DataFile => ({ path, text: readFileSync(new URL(path, root), 'utf8') })

const metadata = { title: 't', version: '1.0.0', date: '2026-01-01', license: 'CC-BY-4.0', description: 'd' }
const town = (id: string, coordinates: [number, number], extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: {
    id,
    nameEn: 'Chita',
    nameJa: 'チタ',
    nameRu: 'Чита',
    rank: 3,
    geonameId: Math.round(coordinates[0] * 1000 + coordinates[1]),
    source: 'GeoNames',
    ...extra,
  },
})
const towns = (...features: unknown[]) => ({ type: 'FeatureCollection', metadata, features })

describe('fileKind', () => {
  it('tells the new layers apart from camps', () => {
    expect(fileKind('geodata/towns.geojson')).toBe('towns')
    expect(fileKind('geodata/railways-1940s.geojson')).toBe('railways')
    expect(fileKind('public/basemap-water-low.topo.json')).toBe('water')
    expect(fileKind('geodata/camps.geojson')).toBe('camps')
  })
})

describe('checkTowns', () => {
  it('accepts a valid town and names the broken ones', () => {
    const { towns: ok, problems } = checkTowns(
      towns(
        town('chita', [113.5, 52.03]),
        town('nowhere', [200, 52]),
        { ...town('no-ja', [100, 50]), properties: { ...town('no-ja', [100, 50]).properties, nameJa: 'Chita' } },
        town('seat', [101, 50], { rank: 2, region: 'chita-oblast' }),
      ),
      new Set(['chita-oblast', 'amur-oblast']),
    )
    expect(ok.map((t) => t.id)).toEqual(['chita', 'nowhere', 'seat'])
    expect(problems).toContainEqual({ id: 'nowhere', reason: expect.stringContaining('outside the map window') })
    expect(problems).toContainEqual({ id: 'towns #2', reason: expect.stringMatching(/nameJa/) })
    expect(problems).toContainEqual({ id: 'seat', reason: 'a regional seat (region set) must have rank 1' })
    expect(problems).toContainEqual({ id: '(file)', reason: 'no regional seat for region "amur-oblast"' })
  })
})

describe('checkRailways', () => {
  const { towns: resolved } = checkTowns(towns(town('chita', [113.5, 52.03]), town('karymskoye', [114.35, 51.62])), null)
  const line = (stationIds: string[], coordinates: [number, number][], stations = ['Chita', 'Chita']) => ({
    type: 'FeatureCollection',
    metadata,
    features: [
      {
        type: 'Feature',
        id: 'x',
        geometry: { type: 'LineString', coordinates },
        properties: {
          id: 'x',
          name: 'X',
          nameJa: 'シベリア鉄道',
          nameRu: 'Транссиб',
          opened: '1900',
          stations,
          stationIds,
          source: 's',
          note: 'n',
        },
      },
    ],
  })

  it('accepts stations at their towns and rejects unknown stations and misplaced vertices', () => {
    expect(
      checkRailways(
        line(
          ['chita', 'karymskoye'],
          [
            [113.5, 52.03],
            [114.35, 51.62],
          ],
        ),
        resolved,
      ),
    ).toEqual([])
    expect(
      checkRailways(
        line(
          ['chita', 'atlantis'],
          [
            [113.5, 52.03],
            [114.35, 51.62],
          ],
        ),
        resolved,
      ),
    ).toContainEqual({
      id: 'x',
      reason: 'station "atlantis" is not a town of towns.geojson',
    })
    expect(
      checkRailways(
        line(
          ['chita', 'karymskoye'],
          [
            [113.5, 52.03],
            [114, 51],
          ],
        ),
        resolved,
      ),
    ).toContainEqual({
      id: 'x',
      reason: 'vertex 1 is not at the position of karymskoye',
    })
    expect(checkRailways(line(['chita', 'karymskoye'], [[113.5, 52.03]], ['Chita']), resolved)[0]?.reason).toMatch(/coordinates/)
  })
})

describe('checkWater', () => {
  const water = (lakeRing: [number, number][], riverProperties: Record<string, unknown>) =>
    topology({
      lakes: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { name: 'Lake' }, geometry: { type: 'Polygon', coordinates: [lakeRing] } }],
      } as FeatureCollection,
      rivers: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: riverProperties,
            geometry: {
              type: 'LineString',
              coordinates: [
                [100, 50],
                [101, 51],
              ],
            },
          },
        ],
      } as FeatureCollection,
    })

  it('accepts a simple lake and a ranked river', () => {
    expect(
      checkWater(
        water(
          [
            [100, 50],
            [101, 50],
            [101, 51],
            [100, 50],
          ],
          { rank: 1, name: 'Amur', nameJa: 'アムール川', nameRu: 'Амур' },
        ),
      ),
    ).toEqual([])
  })

  it('rejects a self-intersecting lake, a river without a rank and a non-topology', () => {
    const problems = checkWater(
      water(
        [
          [100, 50],
          [101, 51],
          [101, 50],
          [100, 51],
          [100, 50],
        ],
        { name: 'Amur' },
      ),
    )
    expect(problems).toContainEqual({ id: 'lakes #0 (Lake)', reason: expect.stringMatching(/intersects itself/) })
    expect(problems).toContainEqual({ id: 'rivers #0 (Amur)', reason: expect.stringMatching(/rank/) })
    expect(checkWater({ type: 'FeatureCollection' })[0]?.id).toBe('(file)')
  })
})

describe('validateDataset with the basemap layers', () => {
  it('finds no problem in the committed towns, railways and water files', () => {
    const files = [...DEFAULT_DATA_FILES, ...BASEMAP_DATA_FILES].filter((p) => /towns|railways|water/.test(p)).map(read)
    const references = DEFAULT_DATA_FILES.filter((p) => /regions/.test(p)).map(read)
    const report = validateDataset({ files, references, countries: new Map() })
    expect(report.problems).toEqual([])
  }, 30_000)

  it('reports a railway whose station is missing from the towns file', () => {
    const railways = read('geodata/railways-1940s.geojson')
    const townsFile = read('geodata/towns.geojson')
    const withoutChita = {
      ...townsFile,
      text: townsFile.text
        .split('\n')
        .filter((l) => !l.includes('"id":"chita"'))
        .join('\n'),
    }
    const report = validateDataset({ files: [railways], references: [withoutChita], countries: new Map() })
    expect(report.problems).toContainEqual({ id: 'trans-siberian-moscow-chita', reason: 'station "chita" is not a town of towns.geojson' })
  })
})
