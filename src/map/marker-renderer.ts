import type { PainterFactory } from './camp-layer'
import { createDomPainter } from './dom-painter'
import { createCanvasPainter } from './canvas-painter'
import { chooseMarkerRenderer, parseRendererOverride, type MarkerRenderer } from './canvas-threshold'

/** Read once: the bench compares both renderers on the same data with `renderer=dom|canvas`. */
const rendererOverride = parseRendererOverride(window.location.search)

/** Which renderer draws this many camps. */
export function markerRendererFor(count: number): MarkerRenderer {
  return chooseMarkerRenderer(count, rendererOverride)
}

/**
 * One camp layer (the placement model), two painters: keyboard-focusable DOM markers for
 * the real camps; one canvas above CANVAS_THRESHOLD camps, where thousands of DOM elements
 * would make loading, filtering and panning slow.
 */
export const CAMP_PAINTERS: Readonly<Record<MarkerRenderer, PainterFactory>> = {
  dom: createDomPainter,
  canvas: createCanvasPainter,
}
