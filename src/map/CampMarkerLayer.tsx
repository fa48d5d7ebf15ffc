import { CampMarkers } from './CampMarkers'
import { CanvasCampMarkers } from './CanvasCampMarkers'
import type { CampMarkerProps } from './marker-props'
import { chooseMarkerRenderer, parseRendererOverride } from './canvas-threshold'

/** Read once: the bench compares both renderers on the same data with `renderer=dom|canvas`. */
const rendererOverride = parseRendererOverride(window.location.search)

/** Which renderer draws this many camps ('dom' markers get their labels from the label layer). */
export function markerRendererFor(count: number): 'dom' | 'canvas' {
  return chooseMarkerRenderer(count, rendererOverride)
}

/**
 * Keyboard-focusable DOM markers for the real camps; one canvas above CANVAS_THRESHOLD
 * camps, where thousands of DOM elements would make loading, filtering and panning slow.
 */
export function CampMarkerLayer(props: CampMarkerProps) {
  return markerRendererFor(props.camps.length) === 'canvas' ? <CanvasCampMarkers {...props} /> : <CampMarkers {...props} />
}
