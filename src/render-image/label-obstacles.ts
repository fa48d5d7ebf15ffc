import type { Geometry, Position } from 'geojson'
import type { Projection } from './projection'
import type { Box } from './svg-geometry'

/** The drawn lines as segments in image pixels, so that labels can be kept off them. Pure. */

export type Segment = readonly [number, number, number, number]

function lineSegments(line: readonly Position[], project: Projection['project'], clip: Box, out: Segment[]): void {
  let previous: [number, number] | null = null
  for (const [lon, lat] of line) {
    if (lon === undefined || lat === undefined) continue
    const point = project(lon, lat)
    if (previous !== null) {
      const [x0, y0] = previous
      const [x1, y1] = point
      if (
        Math.max(x0, x1) >= clip.left &&
        Math.min(x0, x1) <= clip.right &&
        Math.max(y0, y1) >= clip.top &&
        Math.min(y0, y1) <= clip.bottom
      )
        out.push([x0, y0, x1, y1])
    }
    previous = point
  }
}

/** The segments of a geometry's lines (and polygon rings) that reach into `clip`. */
export function segmentsOf(geometry: Geometry | null, project: Projection['project'], clip: Box, out: Segment[] = []): Segment[] {
  if (geometry === null) return out
  switch (geometry.type) {
    case 'LineString':
      lineSegments(geometry.coordinates, project, clip, out)
      break
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) lineSegments(line, project, clip, out)
      break
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) lineSegments(ring, project, clip, out)
      break
    case 'GeometryCollection':
      for (const g of geometry.geometries) segmentsOf(g, project, clip, out)
      break
    default:
      break
  }
  return out
}

/** Whether a segment crosses or lies in a box (Liang–Barsky clipping). */
function crossesBox([x0, y0, x1, y1]: Segment, box: Box): boolean {
  if (Math.max(x0, x1) < box.left || Math.min(x0, x1) > box.right || Math.max(y0, y1) < box.top || Math.min(y0, y1) > box.bottom)
    return false
  const dx = x1 - x0
  const dy = y1 - y0
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, x0 - box.left],
    [dx, box.right - x0],
    [-dy, y0 - box.top],
    [dy, box.bottom - y0],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false
    } else {
      const r = q / p
      if (p < 0) t0 = Math.max(t0, r)
      else t1 = Math.min(t1, r)
      if (t0 > t1) return false
    }
  }
  return true
}

/** How many of the segments cross a box. */
export function crossings(segments: readonly Segment[], box: Box): number {
  let n = 0
  for (const s of segments) if (crossesBox(s, box)) n += 1
  return n
}

/** Whether any part of a geometry's lines lies inside a box (what the image really shows of it). */
export function reachesInto(geometry: Geometry | null, project: Projection['project'], box: Box): boolean {
  return segmentsOf(geometry, project, box).some((s) => crossesBox(s, box))
}
