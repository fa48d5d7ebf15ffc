import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson'
import kinks from '@turf/kinks'
import { feature, quantize } from 'topojson-client'
import { topology } from 'topojson-server'
import { presimplify, simplify } from 'topojson-simplify'
import type { GeometryCollection, Objects, Topology } from 'topojson-specification'
import { WINDOW } from './build-basemap'
import { assembleRings, orientRing, parseMultisegment, pointInRing, ringAreaKm2 } from './lib/gmt-dump'
import { isMain } from './lib/is-main'
import { WATER_HIGH_FILE, WATER_LOW_FILE, WATER_NAMES_FILE } from './lib/paths'
import { nameRivers, type LevelLine, type RiverName } from './lib/river-network'

/**
 * Builds the water layers of the basemap from GSHHG 2.3.7 (Wessel & Smith; LGPL-3.0) with
 * GMT's `gmt coast -M` dumps (Debian packages gmt, gmt-gshhg-low, gmt-gshhg-high):
 *
 * - lakes: GSHHS level-2 shorelines (lakes), the bin pieces joined into rings; named by the
 *   lake-centre points of scripts/data/water-names.json (point in polygon);
 * - river-lakes: the double-lined reaches of the big rivers (level 2 `+r`), unnamed, also in `lakes`;
 * - rivers: WDBII rivers (`-I1` permanent major, `-I2` additional major, `-I3` additional),
 *   named along the known points of the same file (see lib/river-network.ts); rank = WDBII
 *   level. The river-lake banks (`-I0`) join the network for naming but are not drawn.
 *
 * Two files: public/basemap-water-low.topo.json (first view: major rivers, large lakes)
 * and public/basemap-water-high.topo.json (zoom ≥ 6: more rivers and lakes, finer).
 * Objects `lakes` and `rivers`. Run: `npm run build:water` (needs gmt; the tests do not).
 */

export type LakeProperties = { name?: string; nameJa?: string; nameRu?: string }
export type RiverProperties = { rank: number; name?: string; nameJa?: string; nameRu?: string }
export type WaterTopology = Topology<Objects<LakeProperties | RiverProperties>>

export type LakeName = { key: string; name: string; nameJa: string; nameRu: string; centre: [number, number] }
export type WaterNames = { toleranceKm: number; lakes: LakeName[]; rivers: RiverName[] }

export type WaterLevel = {
  file: string
  /** GSHHG resolution: c, l, i, h, f. */
  resolution: 'c' | 'l' | 'i' | 'h' | 'f'
  /** Unnamed lakes smaller than this are dropped (named lakes are always kept). */
  minLakeKm2: number
  /** River-lakes (the double-lined reaches of big rivers, GSHHS level 2 `+r`) smaller than this are dropped. */
  minRiverLakeKm2: number
  /** WDBII river levels extracted (named along the listed points). */
  riverLevels: number[]
  /** Unnamed rivers above this level are dropped (named rivers are kept at every level). */
  maxUnnamedLevel: number
  /** topojson-simplify minimum weight (square degrees) of lake and of river vertices. */
  lakeMinWeight: number
  riverMinWeight: number
  quantization: number
  maxGzipBytes: number
}

export const LEVELS: Record<'low' | 'high', WaterLevel> = {
  low: {
    file: WATER_LOW_FILE,
    resolution: 'i',
    minLakeKm2: 4000,
    minRiverLakeKm2: 30,
    riverLevels: [0, 1, 2, 3],
    maxUnnamedLevel: 1,
    lakeMinWeight: 0.002,
    riverMinWeight: 0.03,
    quantization: 3e4,
    maxGzipBytes: 25 * 1024,
  },
  high: {
    file: WATER_HIGH_FILE,
    resolution: 'i',
    minLakeKm2: 150,
    minRiverLakeKm2: 10,
    riverLevels: [0, 1, 2, 3],
    maxUnnamedLevel: 2,
    lakeMinWeight: 0.0002,
    riverMinWeight: 0.0003,
    quantization: 5e4,
    maxGzipBytes: 150 * 1024,
  },
}

/** The quantization grid spans the whole window, so lakes are checked on the output grid. */
const GRID_BBOX: [number, number, number, number] = [WINDOW.west, WINDOW.south, WINDOW.east, WINDOW.north]

const REGION = `-R${WINDOW.west}/${WINDOW.east}/${WINDOW.south}/${WINDOW.north}`

/** GMT writes a gmt.history file into its working directory: it runs in a temporary one. */
let gmtDir: string | null = null

function gmtDump(args: readonly string[]): string {
  gmtDir ??= mkdtempSync(join(tmpdir(), 'build-water-'))
  return execFileSync('gmt', ['coast', REGION, ...args, '-M'], { cwd: gmtDir, encoding: 'utf8', maxBuffer: 1 << 30 })
}

function centroidOf(ring: readonly Position[]): Position {
  let x = 0
  let y = 0
  for (const p of ring) {
    x += p[0] ?? 0
    y += p[1] ?? 0
  }
  return [x / ring.length, y / ring.length]
}

/** Lake features from shoreline pieces: rings ≥ minKm2 or containing a listed lake centre. */
export function lakeFeatures(
  pieces: readonly Position[][],
  names: readonly LakeName[],
  minKm2: number,
): Feature<MultiPolygon, LakeProperties>[] {
  const { rings } = assembleRings(pieces)
  const features: Feature<MultiPolygon, LakeProperties>[] = []
  for (const ring of rings) {
    const name = names.find((n) => pointInRing(n.centre, ring))
    if (!name && ringAreaKm2(ring) < minKm2) continue
    const properties: LakeProperties = name ? { name: name.name, nameJa: name.nameJa, nameRu: name.nameRu } : {}
    features.push({
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: [[orientRing(ring, false)]] },
      properties,
    })
  }
  // one feature per named lake (a lake split into several rings keeps one name), largest first
  features.sort((a, b) => ringAreaKm2(b.geometry.coordinates[0]?.[0] ?? []) - ringAreaKm2(a.geometry.coordinates[0]?.[0] ?? []))
  return features
}

/**
 * A closed line (the two banks of a double-lined reach chained into a loop) is cut in two:
 * topojson-simplify would reduce a closed arc to its single end point.
 */
export function splitLoop(line: Position[]): Position[][] {
  const first = line[0]
  const last = line[line.length - 1]
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
  if (!closed || line.length < 4) return [line]
  const middle = Math.floor(line.length / 2)
  return [line.slice(0, middle + 1), line.slice(middle)]
}

/** The WDBII level: 1 permanent major, 2 additional major, 3 additional rivers. */
export function rankOf(level: number): number {
  return level
}

export function riverFeatures(
  lines: readonly LevelLine[],
  names: readonly RiverName[],
  toleranceKm: number,
  maxUnnamedLevel: number,
): { features: Feature<MultiLineString, RiverProperties>[]; missing: string[] } {
  const { pieces, report } = nameRivers(lines, names, toleranceKm)
  // level 0 (the banks of double-lined reaches) only connects the network: those reaches are
  // drawn as river-lake polygons in `lakes`
  const features = pieces
    .filter((p) => p.level >= 1 && (p.name !== null || p.level <= maxUnnamedLevel))
    .map((p): Feature<MultiLineString, RiverProperties> => ({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: p.lines.flatMap(splitLoop) },
      properties: p.name
        ? { rank: rankOf(p.level), name: p.name.name, nameJa: p.name.nameJa, nameRu: p.name.nameRu }
        : { rank: rankOf(p.level) },
    }))
  const missing = report.flatMap((r) => r.missing.map((m) => `${r.key}: ${m}`))
  return { features, missing }
}

type Arcs = Topology['arcs']

function offsetArcs(value: unknown, offset: number): unknown {
  if (typeof value === 'number') return value >= 0 ? value + offset : ~(~value + offset)
  if (Array.isArray(value)) return value.map((v) => offsetArcs(v, offset))
  return value
}

function arcIndices(value: unknown, into: Set<number>): Set<number> {
  if (typeof value === 'number') into.add(value >= 0 ? value : ~value)
  else if (Array.isArray(value)) for (const v of value) arcIndices(v, into)
  return into
}

/**
 * Lakes simplified without creating self-intersections: the arcs of a lake that the
 * simplification made self-intersect keep all their vertices (their weights are raised to
 * Infinity) and the simplification is run again; a lake whose unsimplified shoreline
 * already self-intersects is dropped.
 */
function simplifyLakes(lakes: FeatureCollection<MultiPolygon, LakeProperties>, minWeight: number, quantization: number): WaterTopology {
  let input = lakes
  for (;;) {
    const pre = presimplify(topology({ lakes: input }) as WaterTopology)
    const keep = new Set<number>()
    const dropped = new Set<number>()
    for (let round = 0; round < 10; round++) {
      for (const index of keep) for (const point of pre.arcs[index] ?? []) point[2] = Infinity
      const simplified = simplify(pre, minWeight) as WaterTopology
      // checked on the grid the output is quantized to
      const onGrid = quantize({ ...simplified, bbox: GRID_BBOX }, quantization)
      const object = onGrid.objects.lakes as GeometryCollection<LakeProperties>
      const decoded = feature(onGrid, object) as FeatureCollection<MultiPolygon | Polygon, LakeProperties>
      let changed = false
      decoded.features.forEach((f, i) => {
        if (kinks(f).features.length === 0) return
        const arcs = arcIndices((object.geometries[i] as { arcs?: unknown }).arcs, new Set())
        if ([...arcs].every((a) => keep.has(a))) {
          dropped.add(i)
          return
        }
        for (const a of arcs) keep.add(a)
        changed = true
      })
      if (dropped.size > 0) break
      if (!changed) return simplified
    }
    for (const i of dropped) {
      const ring = input.features[i]?.geometry.coordinates[0]?.[0] ?? []
      const [lon, lat] = centroidOf(ring)
      console.log(`  dropped a self-intersecting lake of ${Math.round(ringAreaKm2(ring))} km² near ${lon?.toFixed(2)}, ${lat?.toFixed(2)}`)
    }
    input = { ...input, features: input.features.filter((_, i) => !dropped.has(i)) }
  }
}

/**
 * The water topology: lakes and rivers simplified separately (the thin river-lakes need a
 * finer tolerance than the river lines), then put into one topology and quantized.
 */
export function buildWaterTopology(
  lakes: FeatureCollection<MultiPolygon, LakeProperties>,
  rivers: FeatureCollection<MultiLineString, RiverProperties>,
  level: Pick<WaterLevel, 'lakeMinWeight' | 'riverMinWeight' | 'quantization'>,
): WaterTopology {
  const lakeTopo = simplifyLakes(lakes, level.lakeMinWeight, level.quantization)
  const riverTopo = simplify(presimplify(topology({ rivers }) as WaterTopology), level.riverMinWeight) as WaterTopology
  const offset = lakeTopo.arcs.length
  const riverObject = riverTopo.objects.rivers as GeometryCollection<RiverProperties>
  const merged: WaterTopology = {
    type: 'Topology',
    arcs: [...lakeTopo.arcs, ...riverTopo.arcs] as Arcs,
    objects: {
      lakes: lakeTopo.objects.lakes as GeometryCollection<LakeProperties>,
      rivers: {
        ...riverObject,
        geometries: riverObject.geometries.map((g) =>
          'arcs' in g ? { ...g, arcs: offsetArcs(g.arcs, offset) } : g,
        ) as typeof riverObject.geometries,
      },
    },
  }
  return quantize({ ...merged, bbox: GRID_BBOX }, level.quantization)
}

export function readWaterNames(path: string = WATER_NAMES_FILE): WaterNames {
  return JSON.parse(readFileSync(path, 'utf8')) as WaterNames
}

function buildLevel(names: WaterNames, level: WaterLevel): { text: string; missing: string[]; lakes: number; rivers: number } {
  const shore = (kind: 'l' | 'r'): Position[][] =>
    parseMultisegment(gmtDump([`-D${level.resolution}`, '-W2/', `-A0/2/2+${kind}`]))
      .filter((s) => s.level === 2)
      .map((s) => s.coords)
  const lakes = [...lakeFeatures(shore('l'), names.lakes, level.minLakeKm2), ...lakeFeatures(shore('r'), [], level.minRiverLakeKm2)]
  const lines: LevelLine[] = []
  for (const l of level.riverLevels) {
    for (const s of parseMultisegment(gmtDump([`-D${level.resolution}`, `-I${l}`]))) lines.push({ level: l, coords: s.coords })
  }
  const { features: rivers, missing } = riverFeatures(lines, names.rivers, names.toleranceKm, level.maxUnnamedLevel)
  const topo = buildWaterTopology({ type: 'FeatureCollection', features: lakes }, { type: 'FeatureCollection', features: rivers }, level)
  const count = (name: 'lakes' | 'rivers'): number => (topo.objects[name] as GeometryCollection).geometries.length
  return { text: JSON.stringify(topo), missing, lakes: count('lakes'), rivers: count('rivers') }
}

if (isMain(import.meta.url)) {
  const names = readWaterNames()
  let failed = false
  for (const [label, level] of Object.entries(LEVELS)) {
    const { text, missing, lakes, rivers } = buildLevel(names, level)
    writeFileSync(level.file, text)
    const gzipBytes = gzipSync(text).length
    console.log(`${level.file} (${label}): ${lakes} lakes, ${rivers} river features, ${text.length} bytes raw, ${gzipBytes} bytes gzip`)
    for (const m of missing) console.log(`  ${label}: ${m}`)
    if (gzipBytes > level.maxGzipBytes) {
      console.error(`  gzip size ${gzipBytes} exceeds ${level.maxGzipBytes}`)
      failed = true
    }
  }
  if (gmtDir !== null) rmSync(gmtDir, { recursive: true, force: true })
  if (failed) process.exitCode = 1
}
