import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import kinks from '@turf/kinks'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import pointToLineDistance from '@turf/point-to-line-distance'
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { WINDOW } from './build-basemap'
import { LEVELS, readWaterNames, splitLoop, type LakeProperties, type RiverProperties } from './build-water'
import { assembleRings, chainLines, parseMultisegment, pointInRing, ringAreaKm2 } from './lib/gmt-dump'
import { nameRivers } from './lib/river-network'

const root = new URL('../', import.meta.url)
const names = readWaterNames(new URL('scripts/data/water-names.json', root).pathname)

type Decoded = {
  text: string
  lakes: Feature<Polygon | MultiPolygon, LakeProperties>[]
  rivers: Feature<MultiLineString, RiverProperties>[]
}

function load(file: string): Decoded {
  const text = readFileSync(new URL(file, root), 'utf8')
  const topo = JSON.parse(text) as Topology<{ lakes: GeometryCollection<LakeProperties>; rivers: GeometryCollection<RiverProperties> }>
  const lakes = feature(topo, topo.objects.lakes) as FeatureCollection<Polygon | MultiPolygon, LakeProperties>
  const rivers = feature(topo, topo.objects.rivers) as FeatureCollection<MultiLineString, RiverProperties>
  return { text, lakes: lakes.features, rivers: rivers.features }
}

const files = { low: load(LEVELS.low.file), high: load(LEVELS.high.file) }

function ringsOf(f: Feature<Polygon | MultiPolygon>): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()
}

type Box = [number, number, number, number]
function boxOf(positions: readonly Position[]): Box {
  let [w, so, e, n] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [x = 0, y = 0] of positions) {
    w = Math.min(w, x)
    e = Math.max(e, x)
    so = Math.min(so, y)
    n = Math.max(n, y)
  }
  return [w, so, e, n]
}
const near = (box: Box, [x, y]: [number, number], margin: number): boolean =>
  x >= box[0] - margin && x <= box[2] + margin && y >= box[1] - margin && y <= box[3] + margin

const indexCache = new Map<
  Decoded,
  { lines: { box: Box; line: Position[] }[]; lakes: { box: Box; lake: Feature<Polygon | MultiPolygon> }[] }
>()
function indexOf(d: Decoded) {
  let index = indexCache.get(d)
  if (!index) {
    index = {
      lines: d.rivers.flatMap((r) => r.geometry.coordinates.filter((l) => l.length >= 2).map((line) => ({ box: boxOf(line), line }))),
      lakes: d.lakes.map((lake) => ({ box: boxOf(ringsOf(lake).flat()), lake })),
    }
    indexCache.set(d, index)
  }
  return index
}

/** km from the point to the nearest river line, or to the nearest lake (0 inside), looked for within ~50 km: river-lakes carry the big rivers' lower reaches. */
function waterDistanceKm(d: Decoded, point: [number, number]): { river: number; lake: number } {
  const { lines, lakes } = indexOf(d)
  let river = Infinity
  for (const { box, line } of lines) {
    if (!near(box, point, 1)) continue
    river = Math.min(river, pointToLineDistance(point, { type: 'LineString', coordinates: line }, { units: 'kilometers' }))
  }
  let lake = Infinity
  for (const { box, lake: l } of lakes) {
    if (!near(box, point, 1)) continue
    if (booleanPointInPolygon(point, l)) return { river, lake: 0 }
    for (const ring of ringsOf(l))
      lake = Math.min(lake, pointToLineDistance(point, { type: 'LineString', coordinates: ring }, { units: 'kilometers' }))
  }
  return { river, lake }
}

describe('gmt-dump helpers', () => {
  it('parses headers and levels, moves western longitudes east of 180', () => {
    const segments = parseMultisegment('> Shore Bin # 1, Level 2\n10\t50\n11\t50\n> River Bin # 2, Level 1\n-179\t60\n-178\t61\n')
    expect(segments).toEqual([
      {
        level: 2,
        coords: [
          [10, 50],
          [11, 50],
        ],
      },
      {
        level: 1,
        coords: [
          [181, 60],
          [182, 61],
        ],
      },
    ])
  })

  it('joins bin pieces into a ring and lines only through two-piece points', () => {
    const square = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      [
        [1, 1],
        [0, 1],
      ],
      [
        [0, 0],
        [0, 1],
      ], // reversed piece
    ]
    const { rings, open } = assembleRings(square)
    expect(open).toBe(0)
    expect(rings).toHaveLength(1)
    expect(rings[0]).toHaveLength(5)
    expect(ringAreaKm2(rings[0] ?? [])).toBeGreaterThan(12000)
    // a junction of three pieces is not joined through
    const fork = chainLines([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
      ],
      [
        [1, 0],
        [1, 1],
      ],
    ])
    expect(fork).toHaveLength(3)
    expect(pointInRing([0.5, 0.5], rings[0] ?? [])).toBe(true)
  })

  it('cuts a closed line in two so simplification cannot collapse it', () => {
    expect(
      splitLoop([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toHaveLength(2)
    expect(
      splitLoop([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toHaveLength(1)
  })
})

describe('nameRivers', () => {
  const main = {
    level: 1,
    coords: [
      [100, 50],
      [100.5, 50],
      [101, 50],
    ],
  }
  const tributary = {
    level: 2,
    coords: [
      [100.5, 50.5],
      [100.5, 50.01],
    ],
  } // ends about 1 km from the main river
  const other = {
    level: 1,
    coords: [
      [110, 50],
      [111, 50],
    ],
  }
  const river = {
    key: 'main',
    name: 'Main',
    nameJa: 'メイン川',
    nameRu: 'Мейн',
    points: [
      ['a', 100, 50],
      ['b', 101, 50],
    ] as [string, number, number][],
  }
  const side = {
    key: 'side',
    name: 'Side',
    nameJa: 'サイド川',
    nameRu: 'Сайд',
    points: [
      ['c', 100.5, 50.5],
      ['b', 101, 50],
    ] as [string, number, number][],
  }

  it('names the path between known points and leaves the rest unnamed', () => {
    const { pieces, report } = nameRivers([main, tributary, other], [river, side], 5)
    expect(report.every((r) => r.missing.length === 0)).toBe(true)
    const named = pieces.filter((p) => p.name?.key === 'main')
    expect(named.flatMap((p) => p.lines.flat())).toContainEqual([101, 50])
    expect(pieces.find((p) => p.name?.key === 'side')?.level).toBe(2)
    expect(pieces.find((p) => p.name === null)?.lines).toEqual([
      [
        [110, 50],
        [111, 50],
      ],
    ])
  })

  it('reports a point with no river nearby and a gap it cannot cross', () => {
    const far = {
      ...river,
      points: [
        ['a', 100, 50],
        ['nowhere', 120, 60],
      ] as [string, number, number][],
    }
    const gap = {
      ...river,
      key: 'gap',
      points: [
        ['a', 100, 50],
        ['other', 111, 50],
      ] as [string, number, number][],
    }
    const { report } = nameRivers([main, other], [far, gap], 5)
    expect(report[0]?.missing[0]).toMatch(/nowhere: no river vertex/)
    expect(report[1]?.missing[0]).toMatch(/not connected/)
  })
})

describe.each(['low', 'high'] as const)('public/basemap-water-%s.topo.json (committed output)', (level) => {
  const d = files[level]

  it('has lakes and rivers with the documented properties', () => {
    expect(d.lakes.length).toBeGreaterThanOrEqual(20)
    expect(d.rivers.length).toBeGreaterThanOrEqual(10)
    for (const l of d.lakes) {
      expect(['Polygon', 'MultiPolygon']).toContain(l.geometry.type)
      for (const key of Object.keys(l.properties)) expect(['name', 'nameJa', 'nameRu']).toContain(key)
    }
    for (const r of d.rivers) {
      expect(['LineString', 'MultiLineString']).toContain(r.geometry.type)
      expect([1, 2, 3]).toContain(r.properties.rank)
      if (r.properties.name !== undefined) expect(r.properties.nameJa).toMatch(/川$/)
    }
    expect(d.rivers.some((r) => r.properties.rank === 1)).toBe(true)
  })

  it('stays inside the map window', () => {
    const all = [...d.lakes.flatMap((l) => ringsOf(l).flat()), ...d.rivers.flatMap((r) => r.geometry.coordinates.flat())]
    const [west, south, east, north] = boxOf(all)
    expect(west).toBeGreaterThanOrEqual(WINDOW.west - 1e-6)
    expect(east).toBeLessThanOrEqual(WINDOW.east + 1e-6)
    expect(south).toBeGreaterThanOrEqual(WINDOW.south - 1e-6)
    expect(north).toBeLessThanOrEqual(WINDOW.north + 1e-6)
  })

  it('has no self-intersecting lake', () => {
    const kinked = d.lakes.filter((l) => kinks(l).features.length > 0)
    expect(kinked.map((l) => l.properties.name ?? JSON.stringify(ringsOf(l)[0]?.[0]))).toEqual([])
  })

  it('has each listed lake, named, containing its centre', () => {
    for (const lake of names.lakes) {
      const found = d.lakes.filter((l) => l.properties.name === lake.name)
      expect(found, lake.name).toHaveLength(1)
      expect(found[0]?.properties).toEqual({ name: lake.name, nameJa: lake.nameJa, nameRu: lake.nameRu })
      expect(booleanPointInPolygon(lake.centre, found[0] as Feature<Polygon | MultiPolygon>), lake.name).toBe(true)
    }
    expect(names.lakes.map((l) => l.key)).toEqual(expect.arrayContaining(['baikal', 'khanka', 'balkhash', 'issyk-kul', 'aral']))
  })

  it('has every listed river named somewhere', () => {
    const named = new Set(d.rivers.map((r) => r.properties.name))
    for (const river of names.rivers) expect(named.has(river.name), river.name).toBe(true)
  })

  it('is within the gzip budget', () => {
    expect(gzipSync(d.text).length).toBeLessThanOrEqual(LEVELS[level].maxGzipBytes)
  })
})

describe('each listed river passes its known points', () => {
  const required = [
    'amur',
    'ussuri',
    'zeya',
    'bureya',
    'shilka',
    'argun',
    'selenga',
    'angara',
    'lena',
    'yenisei',
    'ob',
    'irtysh',
    'tom',
    'volga',
    'kama',
    'syr-darya',
    'amu-darya',
    'chirchik',
    'ili',
  ]

  it('lists all the rivers the basemap must have', () => {
    expect(names.rivers.map((r) => r.key).sort()).toEqual([...required].sort())
  })

  it.each(names.rivers.flatMap((r) => r.points.map((p) => [r.key, ...p] as const)))(
    'high: %s at %s is within the tolerance of a river line or river-lake',
    (_key, _place, lon, lat) => {
      const { river, lake } = waterDistanceKm(files.high, [lon, lat])
      expect(Math.min(river, lake)).toBeLessThanOrEqual(names.toleranceKm)
    },
  )

  it('low: the Amur is drawn at Khabarovsk, Blagoveshchensk and Komsomolsk-on-Amur', () => {
    for (const point of [
      [135.05, 48.48],
      [127.53, 50.26],
      [137.0, 50.55],
    ] as [number, number][]) {
      const { river, lake } = waterDistanceKm(files.low, point)
      expect(Math.min(river, lake)).toBeLessThanOrEqual(names.toleranceKm)
    }
  })
})
