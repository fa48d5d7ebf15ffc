import { performance } from 'node:perf_hooks'
import { loadGeodata } from '../../tests/support/geodata'
import { tierKeyOf } from '../../src/data/tier-key'
import { placeMarkers, type PlacementInput } from '../../src/symbols/placement/place-markers'
import { readRealData } from '../make-synthetic'
import { generateSyntheticCollection } from './synthetic'
import { summarize } from './stats'

/**
 * The placement model's own time (src/symbols/placement/place-markers.ts), in Node on this
 * machine: what a zoom's regroup costs before any drawing. The camps are projected with
 * Web Mercator at the zoom of the default view of a 1440x900 screen (3) and one step in (4),
 * the 28-px marker box of the app; synthetic sets as `npm run bench` makes them.
 */

const SEPARATION_PX = 28
const TILE = 256

function project(lngLat: readonly [number, number], zoom: number): { x: number; y: number } {
  const scale = TILE * 2 ** zoom
  const [lng, lat] = lngLat
  const sin = Math.sin((lat * Math.PI) / 180)
  return { x: ((lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale }
}

function inputsAt(
  camps: readonly { id: string; lngLat: readonly [number, number]; tier: Parameters<typeof tierKeyOf>[0] }[],
  zoom: number,
): PlacementInput[] {
  return camps.map((c, order) => ({ id: c.id, ...project(c.lngLat, zoom), tier: tierKeyOf(c.tier), order }))
}

function timeMs(points: readonly PlacementInput[], runs: number): number[] {
  const times: number[] = []
  placeMarkers(points, { separationPx: SEPARATION_PX, selectedId: null }) // warm up (JIT)
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now()
    placeMarkers(points, { separationPx: SEPARATION_PX, selectedId: null })
    times.push(performance.now() - t0)
  }
  return times
}

export type PlacementRow = { label: string; count: number; ms: number[] }

/** Medians of `runs` placements of the real camps (two zooms) and of 10,000 and 50,000 synthetic points. */
export function measurePlacement(runs: number): PlacementRow[] {
  const camps = loadGeodata().dataset.camps
  const rows: PlacementRow[] = [
    { label: 'regroup at zoom 3 (default view)', count: camps.length, ms: timeMs(inputsAt(camps, 3), runs * 10) },
    { label: 'regroup at zoom 4 (one zoom in)', count: camps.length, ms: timeMs(inputsAt(camps, 4), runs * 10) },
  ]
  const real = readRealData()
  for (const count of [10_000, 50_000]) {
    const synthetic = generateSyntheticCollection({ count, camps: real.camps, sourceIds: real.sourceIds })
    const points = synthetic.features.map((f) => ({
      id: f.properties.id,
      lngLat: f.geometry.coordinates as unknown as readonly [number, number],
      tier: f.properties.tier,
    }))
    rows.push({ label: 'regroup at zoom 3', count, ms: timeMs(inputsAt(points, 3), runs) })
  }
  return rows
}

/** The rows as a table's lines: median (min–max) per case. */
export function formatPlacement(rows: readonly PlacementRow[]): string[][] {
  return rows.map((row) => {
    const s = summarize(row.ms)
    return [`${row.count.toLocaleString('en')} points`, row.label, `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`]
  })
}
