/**
 * Above this many camps the map draws them on one canvas instead of one DOM marker each.
 * Measured by `npm run bench` (docs/performance.md, 2026-11-23): with 1,000 camps, DOM
 * markers took 4.3 s to load and 1.6 s to filter against 1.9 s and 0.15 s on the canvas;
 * the 92 real camps stay DOM markers, which keep keyboard focus and screen-reader names.
 * 500 lies between the two measured sizes.
 */
export const CANVAS_THRESHOLD = 500

export type MarkerRenderer = 'dom' | 'canvas'

/** DOM markers for small datasets, the canvas above the threshold, unless overridden. */
export function chooseMarkerRenderer(campCount: number, override: MarkerRenderer | null = null): MarkerRenderer {
  if (override !== null) return override
  return campCount > CANVAS_THRESHOLD ? 'canvas' : 'dom'
}

/** The bench's `renderer=dom|canvas` query parameter (not part of the shareable state). */
export function parseRendererOverride(search: string): MarkerRenderer | null {
  const value = new URLSearchParams(search).get('renderer')
  return value === 'dom' || value === 'canvas' ? value : null
}
