/**
 * When a group marker's camps separate (placement itself is symbols/placement/place-markers.ts,
 * the one model for the DOM markers, the canvas and the image). Pure.
 */

/**
 * The zoom at which a group's camps no longer overlap, or null when they never do below
 * `maxZoom` (camps at the same place): then the group opens a chooser list instead.
 * `points` are pixels at `zoom`; pixel distances double with each zoom level.
 */
export function zoomToSeparate(
  points: readonly { x: number; y: number }[],
  minSeparationPx: number,
  zoom: number,
  maxZoom: number,
  zoomSnap = 0.25,
): number | null {
  if (points.length < 2) return null
  let closest = Infinity
  const limit = Math.min(points.length, 400)
  for (let i = 0; i < limit; i += 1) {
    for (let j = i + 1; j < limit; j += 1) {
      const a = points[i]
      const b = points[j]
      if (a === undefined || b === undefined) continue
      closest = Math.min(closest, Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)))
    }
  }
  if (!(closest > 0.01)) return null
  const raw = zoom + Math.log2(minSeparationPx / closest)
  const snapped = Math.ceil(raw / zoomSnap - 1e-9) * zoomSnap
  const target = Math.max(snapped, zoom + zoomSnap)
  return target <= maxZoom ? target : null
}
