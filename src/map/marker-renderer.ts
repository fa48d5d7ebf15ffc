import { useEffect, useState } from 'react'
import type { PainterFactory } from './camp-layer'
import { createDomPainter } from './dom-painter'
import { chooseMarkerRenderer, parseRendererOverride, type MarkerRenderer } from './canvas-threshold'

/** Read once: the bench compares both renderers on the same data with `renderer=dom|canvas`. */
const rendererOverride = parseRendererOverride(window.location.search)

/** Which renderer draws this many camps. */
export function markerRendererFor(count: number): MarkerRenderer {
  return chooseMarkerRenderer(count, rendererOverride)
}

/**
 * The canvas renderer is loaded on demand: only datasets above CANVAS_THRESHOLD camps (a
 * `data=` file) use it, so the page with the bundled camps never downloads it.
 */
let canvasFactory: Promise<PainterFactory> | null = null
function loadCanvasFactory(): Promise<PainterFactory> {
  canvasFactory ??= import('./canvas-painter').then((m) => m.createCanvasPainter)
  return canvasFactory
}

/**
 * One camp layer (the placement model), two painters: keyboard-focusable DOM markers for the
 * real camps; one canvas above CANVAS_THRESHOLD camps, where thousands of DOM elements
 * would make loading, filtering and panning slow. Returns null while the canvas renderer loads.
 */
export function usePainter(renderer: MarkerRenderer): PainterFactory | null {
  const [canvas, setCanvas] = useState<PainterFactory | null>(null)
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
  return renderer === 'dom' ? createDomPainter : canvas
}
