import { createCampLayer } from './camp-layer'
import { createCanvasCampLayer } from './canvas-camp-layer'
import type { CampLayerFactory } from './camp-marker-layer'
import { chooseMarkerRenderer, parseRendererOverride, type MarkerRenderer } from './canvas-threshold'

/** Read once: the bench compares both renderers on the same data with `renderer=dom|canvas`. */
const rendererOverride = parseRendererOverride(window.location.search)

/** Which renderer draws this many camps ('dom' markers get their labels from the label layer). */
export function markerRendererFor(count: number): MarkerRenderer {
  return chooseMarkerRenderer(count, rendererOverride)
}

/**
 * The two implementations of one layer interface: keyboard-focusable DOM markers for the
 * real camps; one canvas above CANVAS_THRESHOLD camps, where thousands of DOM elements
 * would make loading, filtering and panning slow.
 */
export const CAMP_LAYERS: Readonly<Record<MarkerRenderer, CampLayerFactory>> = {
  dom: createCampLayer,
  canvas: createCanvasCampLayer,
}
