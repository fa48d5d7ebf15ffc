import type { MultiPolygon, Polygon, Position } from 'geojson'

/**
 * Rounds polygon coordinates to `decimals` places and removes what rounding breaks:
 * repeated consecutive positions and rings left with fewer than four positions.
 * Polygons whose outer ring vanishes are dropped. Pure.
 */

function roundTo(n: number, decimals: number): number {
  const factor = 10 ** decimals
  const r = Math.round(n * factor) / factor
  return Object.is(r, -0) ? 0 : r
}

function roundRing(ring: readonly Position[], decimals: number): Position[] {
  const out: Position[] = []
  for (const position of ring) {
    const [lon, lat] = position
    if (lon === undefined || lat === undefined) continue
    const p: Position = [roundTo(lon, decimals), roundTo(lat, decimals)]
    const prev = out[out.length - 1]
    if (prev && prev[0] === p[0] && prev[1] === p[1]) continue
    out.push(p)
  }
  const first = out[0]
  const last = out[out.length - 1]
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0] ?? 0, first[1] ?? 0])
  return out
}

function roundPolygon(polygon: readonly Position[][], decimals: number): Position[][] | null {
  const rings = polygon.map((ring) => roundRing(ring, decimals))
  const [outer, ...holes] = rings
  if (!outer || outer.length < 4) return null
  return [outer, ...holes.filter((ring) => ring.length >= 4)]
}

export function roundPolygonal(geometry: Polygon | MultiPolygon, decimals: number): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const rounded = polygons.map((polygon) => roundPolygon(polygon, decimals)).filter((p): p is Position[][] => p !== null)
  return { type: 'MultiPolygon', coordinates: rounded }
}
