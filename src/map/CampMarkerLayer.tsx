import { CampMarkers } from './CampMarkers'
import { CanvasCampMarkers } from './CanvasCampMarkers'
import type { CampMarkerProps } from './marker-props'
import { chooseMarkerRenderer, parseRendererOverride } from './canvas-threshold'

/** Read once: the bench compares both renderers on the same data with `renderer=dom|canvas`. */
const rendererOverride = parseRendererOverride(window.location.search)

/**
 * Keyboard-focusable DOM markers for the real camps; one canvas above CANVAS_THRESHOLD
 * camps, where thousands of DOM elements would make loading, filtering and panning slow.
 */
export function CampMarkerLayer(props: CampMarkerProps) {
  return chooseMarkerRenderer(props.camps.length, rendererOverride) === 'canvas' ? <CanvasCampMarkers {...props} /> : <CampMarkers {...props} />
}
