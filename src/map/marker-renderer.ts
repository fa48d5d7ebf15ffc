import { useEffect, useState } from 'react'
import { createCampLayer } from './camp-layer'
import type { CampLayerFactory } from './camp-marker-layer'
import { chooseMarkerRenderer, parseRendererOverride, type MarkerRenderer } from './canvas-threshold'

/** Read once: the bench compares both renderers on the same data with `renderer=dom|canvas`. */
const rendererOverride = parseRendererOverride(window.location.search)

/** Which renderer draws this many camps ('dom' markers get their labels from the label layer). */
export function markerRendererFor(count: number): MarkerRenderer {
  return chooseMarkerRenderer(count, rendererOverride)
}

/**
 * The canvas renderer is loaded on demand: only datasets above CANVAS_THRESHOLD camps (a
 * `data=` file) use it, so the page with the bundled camps never downloads it.
 */
let canvasFactory: Promise<CampLayerFactory> | null = null
function loadCanvasFactory(): Promise<CampLayerFactory> {
  canvasFactory ??= import('./canvas-camp-layer').then((m) => m.createCanvasCampLayer)
  return canvasFactory
}

/**
 * The two implementations of one layer interface: keyboard-focusable DOM markers for the
 * real camps; one canvas above CANVAS_THRESHOLD camps, where thousands of DOM elements
 * would make loading, filtering and panning slow. Returns null while the canvas renderer loads.
 */
export function useCampLayerFactory(renderer: MarkerRenderer): CampLayerFactory | null {
  const [canvas, setCanvas] = useState<CampLayerFactory | null>(null)
  useEffect(() => {
    if (renderer !== 'canvas') return
    let live = true
    void loadCanvasFactory().then((factory) => {
      if (live) setCanvas(() => factory)
    })
    return () => {
      live = false
    }
  }, [renderer])
  return renderer === 'dom' ? createCampLayer : canvas
}
