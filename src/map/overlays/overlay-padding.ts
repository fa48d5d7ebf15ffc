/**
 * The room the map keeps free of its overlays (legend, controls, detail panel), so that a
 * fit or a pan never puts a camp under one. Pure: the map's size and the overlays'
 * rectangles (relative to the map's top-left corner) in, padding per side out.
 */

export type Rect = { left: number; top: number; right: number; bottom: number }
export type Size = { width: number; height: number }
export type Padding = { top: number; right: number; bottom: number; left: number }

type Side = keyof Padding

/** The area left between the paddings. */
function freeArea(size: Size, p: Padding): number {
  return Math.max(0, size.width - p.left - p.right) * Math.max(0, size.height - p.top - p.bottom)
}

/** How large a box of `fit`'s shape can be drawn in the free area (its scale), 0 when none is free. */
function fitScale(size: Size, p: Padding, fit: Size): number {
  const w = Math.max(0, size.width - p.left - p.right)
  const h = Math.max(0, size.height - p.top - p.bottom)
  return Math.min(w / Math.max(1e-9, fit.width), h / Math.max(1e-9, fit.height))
}

/**
 * Each overlay is cleared from the side that leaves the most free area (a tall panel on the
 * right takes right padding, a wide sheet at the bottom takes bottom padding, a legend in a
 * corner takes whichever costs less). Larger overlays choose first; `marginPx` is added to
 * every side so markers do not touch the edges.
 *
 * For a fit, `fit` gives the shape of what is fitted (the camps' bounds in pixels, any
 * zoom): each overlay is then cleared from the side that lets that shape be drawn largest
 * (the zoom buttons of a phone take top padding when the camps are wider than the screen),
 * the free area deciding between equals.
 */
export function overlayPadding(size: Size, overlays: readonly Rect[], marginPx = 12, fit: Size | null = null): Padding {
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 }
  const clipped = overlays
    .map((r) => ({
      left: Math.max(0, r.left),
      top: Math.max(0, r.top),
      right: Math.min(size.width, r.right),
      bottom: Math.min(size.height, r.bottom),
    }))
    .filter((r) => r.right - r.left > 0 && r.bottom - r.top > 0)
    .sort((a, b) => (b.right - b.left) * (b.bottom - b.top) - (a.right - a.left) * (a.bottom - a.top) || a.left - b.left || a.top - b.top)
  for (const r of clipped) {
    const needs: Record<Side, number> = {
      left: r.right,
      right: size.width - r.left,
      top: r.bottom,
      bottom: size.height - r.top,
    }
    // An overlay already clear of the free area needs nothing.
    if (r.right <= pad.left || r.left >= size.width - pad.right || r.bottom <= pad.top || r.top >= size.height - pad.bottom) continue
    let best: Side = 'left'
    let bestScale = -1
    let bestArea = -1
    for (const side of ['left', 'right', 'top', 'bottom'] as const) {
      const next = { ...pad, [side]: Math.max(pad[side], needs[side]) }
      // The margins count for the fit's scale: they are padding too.
      const scale =
        fit === null
          ? 0
          : fitScale(
              size,
              { top: next.top + marginPx, right: next.right + marginPx, bottom: next.bottom + marginPx, left: next.left + marginPx },
              fit,
            )
      const area = freeArea(size, next)
      if (scale > bestScale + 1e-9 || (Math.abs(scale - bestScale) <= 1e-9 && area > bestArea)) {
        best = side
        bestScale = scale
        bestArea = area
      }
    }
    pad[best] = Math.max(pad[best], needs[best])
  }
  return { top: pad.top + marginPx, right: pad.right + marginPx, bottom: pad.bottom + marginPx, left: pad.left + marginPx }
}

/** The free rectangle inside the padding. */
export function freeRect(size: Size, padding: Padding): Rect {
  return { left: padding.left, top: padding.top, right: size.width - padding.right, bottom: size.height - padding.bottom }
}

/**
 * How far to pan (Leaflet `panBy` pixels) so that `point` shows in the free rectangle: null
 * when it already does; else the pan that brings it to the free rectangle's centre.
 */
export function revealPan(point: { x: number; y: number }, free: Rect): { x: number; y: number } | null {
  if (free.right - free.left < 1 || free.bottom - free.top < 1) return null
  if (point.x >= free.left && point.x <= free.right && point.y >= free.top && point.y <= free.bottom) return null
  const cx = (free.left + free.right) / 2
  const cy = (free.top + free.bottom) / 2
  return { x: Math.round(point.x - cx), y: Math.round(point.y - cy) }
}
