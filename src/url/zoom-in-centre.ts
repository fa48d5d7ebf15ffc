/**
 * Where the zoom-in button zooms: the map's centre while camps stay in view, else toward the
 * camps nearest to what the reader sees, so that "+" never leads to an empty map. Pure:
 * container pixels in (the camps' points at the current zoom, the part of the map no overlay
 * covers), the new centre out, in the same pixels (the caller unprojects it).
 */

export type Point = { x: number; y: number }
export type Rect = { left: number; top: number; right: number; bottom: number }

export type ZoomInFrame = {
  /** The map container's size. */
  width: number
  height: number
  /** The part of the map no overlay (legend, panel, controls) covers, in container pixels. */
  free: Rect
  /** How much larger everything is drawn after the zoom (2 for one zoom level). */
  scale: number
}

/** The free rectangle after zooming by `scale` around `centre`, in today's pixels. */
export function freeAfterZoom(frame: ZoomInFrame, centre: Point): Rect {
  const { width, height, free, scale } = frame
  return {
    left: centre.x + (free.left - width / 2) / scale,
    right: centre.x + (free.right - width / 2) / scale,
    top: centre.y + (free.top - height / 2) / scale,
    bottom: centre.y + (free.bottom - height / 2) / scale,
  }
}

function inside(p: Point, r: Rect): boolean {
  return p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom
}

/** How far a point lies outside a rectangle (0 inside it). */
function distanceTo(p: Point, r: Rect): number {
  const dx = Math.max(r.left - p.x, 0, p.x - r.right)
  const dy = Math.max(r.top - p.y, 0, p.y - r.bottom)
  return Math.hypot(dx, dy)
}

/** The shift (≥ 0 when `v` is before the band) that brings `v` into [lo, hi]. */
function intoBand(v: number, lo: number, hi: number): number {
  if (lo > hi) return v - (lo + hi) / 2
  if (v < lo) return v - lo
  if (v > hi) return v - hi
  return 0
}

/**
 * The centre to zoom in around. The map's centre when at least one camp lies in the free
 * part of the zoomed view; else the view moves, as little as it can, until the camp nearest
 * to it (among the camps in today's free view, or all camps when none is) lies in the
 * central half of the zoomed free view, so that the next click keeps it too. No camp at all:
 * the map's centre.
 */
export function zoomInCentre(points: readonly Point[], frame: ZoomInFrame): Point {
  const centre = { x: frame.width / 2, y: frame.height / 2 }
  const shown = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
  const zoomed = freeAfterZoom(frame, centre)
  if (shown.length === 0 || shown.some((p) => inside(p, zoomed))) return centre
  const inView = shown.filter((p) => inside(p, frame.free))
  const candidates = inView.length > 0 ? inView : shown
  const mid = { x: (zoomed.left + zoomed.right) / 2, y: (zoomed.top + zoomed.bottom) / 2 }
  let anchor = candidates[0] ?? centre
  let best = Infinity
  for (const p of candidates) {
    // Nearest to the zoomed view first, then to its middle, then the first given.
    const d = distanceTo(p, zoomed) * 1e6 + Math.hypot(p.x - mid.x, p.y - mid.y)
    if (d < best) {
      best = d
      anchor = p
    }
  }
  const qx = (zoomed.right - zoomed.left) / 4
  const qy = (zoomed.bottom - zoomed.top) / 4
  return {
    x: centre.x + intoBand(anchor.x, zoomed.left + qx, zoomed.right - qx),
    y: centre.y + intoBand(anchor.y, zoomed.top + qy, zoomed.bottom - qy),
  }
}
