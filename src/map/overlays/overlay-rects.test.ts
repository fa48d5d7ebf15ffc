// @vitest-environment happy-dom
import * as L from 'leaflet'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bindMapOverlays, mapPadding, onOverlaysResized, overlayRects } from './overlay-rects'
import { createMapOverlays, type MapOverlays } from '../../ui/map-overlays'

/**
 * The overlays are measured once and kept until they change. happy-dom has no layout: each
 * element here reports the rectangle the test gives it, and counts how often it is asked;
 * a recording ResizeObserver stands for the browser's.
 */

type Box = { left: number; top: number; width: number; height: number }
const observers: RecordingObserver[] = []

class RecordingObserver {
  observed: Element[] = []
  private readonly callback: ResizeObserverCallback
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback
    observers.push(this)
  }
  observe(el: Element) {
    this.observed.push(el)
  }
  unobserve() {}
  disconnect() {
    this.observed = []
  }
  /** The browser reporting the sizes of `elements` after a layout. */
  report(...elements: Element[]) {
    this.callback(
      elements.map((target) => ({ target }) as ResizeObserverEntry),
      this as unknown as ResizeObserver,
    )
  }
}

/** A new layout size of `el` (happy-dom has no layout: offsetWidth and offsetHeight are 0). */
function resized(el: HTMLElement, width: number, height: number): void {
  Object.defineProperty(el, 'offsetWidth', { value: width, configurable: true })
  Object.defineProperty(el, 'offsetHeight', { value: height, configurable: true })
}

function placed<T extends HTMLElement>(el: T, box: Box): T & { measured: number } {
  const counted = el as T & { measured: number }
  counted.measured = 0
  resized(el, box.width, box.height)
  el.getBoundingClientRect = () => {
    counted.measured += 1
    return DOMRect.fromRect({ x: box.left, y: box.top, width: box.width, height: box.height })
  }
  return counted
}

let map: L.Map
let container: HTMLElement
/** The page's overlays, bound to the map as CampMap binds them. */
let overlays: MapOverlays
/** The removal of each registered overlay. */
const removals = new Map<Element, () => void>()

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', RecordingObserver)
  container = placed(document.createElement('div'), { left: 0, top: 0, width: 800, height: 600 })
  Object.defineProperty(container, 'clientWidth', { value: 800 })
  Object.defineProperty(container, 'clientHeight', { value: 600 })
  document.body.append(container)
  map = L.map(container, { zoomControl: false, attributionControl: false }).setView([50, 100], 4)
  overlays = createMapOverlays()
  bindMapOverlays(map, overlays)
})

afterEach(() => {
  map.remove()
  container.remove()
  document.body.replaceChildren()
  observers.length = 0
  removals.clear()
  vi.unstubAllGlobals()
})

/** An element over the map, registered in the page's overlays (as `useMapOverlayRef` does). */
function overlay(box: Box): HTMLElement & { measured: number } {
  const el = placed(document.createElement('div'), box)
  document.body.append(el)
  removals.set(el, overlays.add(el, 'legend'))
  return el
}

/** An overlay unmounted: out of the document and of the registry. */
function unmount(el: HTMLElement): void {
  el.remove()
  removals.get(el)?.()
}

describe('overlay rectangles', () => {
  it('are measured relative to the map, and kept while the overlays stay as they are', () => {
    const legend = overlay({ left: 10, top: 500, width: 200, height: 90 })
    expect(overlayRects(map)).toEqual([{ left: 10, top: 500, right: 210, bottom: 590 }])
    expect(overlayRects(map)).toEqual([{ left: 10, top: 500, right: 210, bottom: 590 }])
    mapPadding(map)
    expect(legend.measured).toBe(1)
  })

  it('are measured again when the browser reports a new size', () => {
    const legend = overlay({ left: 10, top: 500, width: 200, height: 90 })
    overlayRects(map)
    const observer = observers[0]
    expect(observer?.observed).toContain(legend)
    expect(observer?.observed).toContain(container)
    resized(legend, 200, 120)
    observer?.report(legend)
    overlayRects(map)
    expect(legend.measured).toBe(2)
  })

  it('are kept, and nobody is told, when the browser reports a size that did not change', () => {
    const legend = overlay({ left: 10, top: 500, width: 200, height: 90 })
    const listener = vi.fn()
    onOverlaysResized(map, listener)
    overlayRects(map)
    // The report the browser sends when it starts observing an element.
    observers[0]?.report(legend, container)
    overlayRects(map)
    expect(listener).not.toHaveBeenCalled()
    expect(legend.measured).toBe(1)
    resized(container, 800, 500)
    observers[0]?.report(legend, container)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('tell their listeners when the browser reports a new size, until they unsubscribe', () => {
    overlay({ left: 10, top: 500, width: 200, height: 90 })
    const listener = vi.fn()
    const unsubscribe = onOverlaysResized(map, listener)
    overlayRects(map)
    resized(container, 800, 500)
    observers[0]?.report(container)
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    resized(container, 800, 400)
    observers[0]?.report(container)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('are measured again when an overlay is shown, hidden, added or removed', () => {
    const legend = overlay({ left: 10, top: 500, width: 200, height: 90 })
    overlayRects(map)
    const panel = overlay({ left: 500, top: 0, width: 300, height: 600 })
    expect(overlayRects(map)).toHaveLength(2)
    expect(legend.measured).toBe(2)
    panel.hidden = true
    expect(overlayRects(map)).toEqual([{ left: 10, top: 500, right: 210, bottom: 590 }])
    unmount(legend)
    expect(overlayRects(map)).toEqual([])
  })

  it('are the registered overlays and the controls in the map, never other elements of the page', () => {
    const legend = overlay({ left: 10, top: 500, width: 200, height: 90 })
    // Marked as an overlay, but not registered: the map does not search the document.
    const stray = placed(document.createElement('div'), { left: 300, top: 0, width: 100, height: 100 })
    stray.dataset.mapOverlay = ''
    document.body.append(stray)
    const control = placed(document.createElement('div'), { left: 740, top: 10, width: 50, height: 50 })
    control.className = 'leaflet-control'
    container.querySelector('.leaflet-top.leaflet-right')?.append(control)
    expect(overlayRects(map)).toEqual([
      { left: 740, top: 10, right: 790, bottom: 60 },
      { left: 10, top: 500, right: 210, bottom: 590 },
    ])
    expect(stray.measured).toBe(0)
    expect(legend.measured).toBe(1)
  })

  it('are measured again when an overlay is registered again, though the same elements come back', () => {
    const panel = overlay({ left: 500, top: 0, width: 300, height: 600 })
    expect(overlayRects(map)).toEqual([{ left: 500, top: 0, right: 800, bottom: 600 }])
    // The panel unmounted and mounted again (the same element, in a new place) between two placements.
    removals.get(panel)?.()
    placed(panel, { left: 400, top: 0, width: 400, height: 600 })
    overlays.add(panel, 'camp-detail')
    expect(overlayRects(map)).toEqual([{ left: 400, top: 0, right: 800, bottom: 600 }])
  })

  it('are measured every time where the browser has no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined)
    map.remove()
    map = L.map(container, { zoomControl: false, attributionControl: false }).setView([50, 100], 4)
    bindMapOverlays(map, overlays)
    const legend = overlay({ left: 10, top: 500, width: 200, height: 90 })
    overlayRects(map)
    overlayRects(map)
    expect(legend.measured).toBe(2)
  })
})
