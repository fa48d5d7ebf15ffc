import * as L from 'leaflet'
import type { LatLngBoundsLiteral } from 'leaflet'
import { FIT_MAX_ZOOM } from '../../url/map-policy'
import { inDocumentOrder, type MapOverlays } from '../../ui/map-overlays'
import { freeRect, overlayPadding, type Padding, type Rect } from './overlay-padding'

/** The page's overlays of each map (`bindMapOverlays`), beside Leaflet's own controls in its container. */
const overlaysByMap = new WeakMap<L.Map, MapOverlays>()

/**
 * The overlays' rectangles measured last, per map. Measuring forces the browser to lay the
 * page out at once, and a filter or a label redraw that measures right after React changed
 * the sidebar pays for a second layout before the frame. So the rectangles are kept until
 * the overlays change: another set of elements (one shown, hidden, added or removed), or a
 * new size of one of them, of the map or of a control corner (a ResizeObserver reports it
 * after the layout in which it happened).
 */
type Measured = {
  elements: readonly Element[]
  rects: Rect[] | null
  observer: ResizeObserver | null
  /** The layout size of each observed element when last measured or reported. */
  observed: WeakMap<Element, string>
  /** Told when an overlay, the map or a control corner changes size. */
  listeners: Set<() => void>
}

const measuredByMap = new WeakMap<L.Map, Measured>()

/** An element's layout size (transforms aside), to tell a real resize from a report of the same size. */
function sizeKey(el: Element): string {
  if (el instanceof HTMLElement) return `${el.offsetWidth}x${el.offsetHeight}`
  const r = el.getBoundingClientRect()
  return `${Math.round(r.width)}x${Math.round(r.height)}`
}

/**
 * Elements over the map that must not hide a camp: the page's overlays registered for this
 * map and Leaflet's controls in its container, in document order; those inside a `hidden`
 * element are left out.
 */
function shownOverlays(map: L.Map): HTMLElement[] {
  const controls = map.getContainer().querySelectorAll<HTMLElement>('.leaflet-control')
  const registered = overlaysByMap.get(map)?.elements() ?? []
  const all = registered.length === 0 ? [...controls] : [...registered, ...controls].sort(inDocumentOrder)
  return all.filter((el) => el.closest('[hidden]') === null)
}

/**
 * Makes `overlays` (a page's registry, ui/map-overlays.ts) the elements this map keeps its
 * camps clear of, beside its own controls; an overlay added or removed is measured at the
 * next call. Returns the unbinding.
 */
export function bindMapOverlays(map: L.Map, overlays: MapOverlays): () => void {
  overlaysByMap.set(map, overlays)
  const stop = overlays.subscribe(() => {
    const measured = measuredByMap.get(map)
    if (measured) measured.rects = null
  })
  return () => {
    stop()
    if (overlaysByMap.get(map) === overlays) overlaysByMap.delete(map)
  }
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i])
}

function measure(container: HTMLElement, elements: readonly HTMLElement[]): Rect[] {
  const origin = container.getBoundingClientRect()
  const rects: Rect[] = []
  for (const el of elements) {
    const r = el.getBoundingClientRect()
    if (r.width < 1 || r.height < 1) continue
    rects.push({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top })
  }
  return rects
}

function measuredFor(map: L.Map): Measured {
  const known = measuredByMap.get(map)
  if (known) return known
  const created: Measured = { elements: [], rects: null, observer: null, observed: new WeakMap(), listeners: new Set() }
  if (typeof ResizeObserver !== 'undefined') {
    // The browser reports every element once when it starts observing it, resized or not:
    // only a size that differs from the one recorded counts, so that start-up (overlays
    // measured one after another) does not re-place the markers and refit the map for nothing.
    created.observer = new ResizeObserver((entries) => {
      let changed = false
      for (const { target } of entries) {
        const size = sizeKey(target)
        if (created.observed.get(target) !== size) changed = true
        created.observed.set(target, size)
      }
      if (!changed) return
      if (entries.some(({ target }) => target === map.getContainer())) syncMapSize(map)
      created.rects = null
      for (const listener of created.listeners) listener()
    })
  }
  measuredByMap.set(map, created)
  map.once('unload', () => {
    created.observer?.disconnect()
    measuredByMap.delete(map)
  })
  return created
}

function observe(measured: Measured, elements: readonly Element[]): void {
  const { observer, observed } = measured
  if (observer === null) return
  for (const el of elements) {
    if (observed.has(el)) continue
    observed.set(el, sizeKey(el))
    observer.observe(el)
  }
}

/**
 * The shown overlays' rectangles, relative to the map container's top-left corner; `fresh`
 * measures them anew (a fit: an overlay may have changed size in the frame not yet observed).
 */
export function overlayRects(map: L.Map, fresh = false): Rect[] {
  const container = map.getContainer()
  const measured = measuredFor(map)
  const elements = shownOverlays(map)
  if (!fresh && measured.rects !== null && measured.observer !== null && sameElements(measured.elements, elements)) return measured.rects
  measured.rects = measure(container, elements)
  measured.elements = elements
  observe(measured, [container, ...container.querySelectorAll('.leaflet-control-container > div'), ...elements])
  return measured.rects
}

/**
 * Calls `listener` whenever an overlay measured on this map, the map or a control corner
 * changes size (the legend folding, the attribution growing); returns the unsubscribe.
 */
export function onOverlaysResized(map: L.Map, listener: () => void): () => void {
  const { listeners } = measuredFor(map)
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The padding that keeps camps out from under the overlays, for pans (and, with `fit`, for a fit of that shape). */
export function mapPadding(map: L.Map, marginPx = 16, fit: { width: number; height: number } | null = null): Padding {
  const size = map.getSize()
  return overlayPadding({ width: size.x, height: size.y }, overlayRects(map, fit !== null), marginPx, fit)
}

/**
 * Tells Leaflet its container's size when that changed: Leaflet 1.9 watches only the window,
 * and the page's header gaining its second line or the sidebar reaching its width resize the
 * map without resizing the window. A fit or a placement on the stale size puts camps under
 * the overlays (issue 18). Returns whether the size had changed.
 */
function syncMapSize(map: L.Map): boolean {
  const container = map.getContainer()
  const known = map.getSize()
  if (container.clientWidth === known.x && container.clientHeight === known.y) return false
  map.invalidateSize({ pan: false })
  return true
}

type View = { center: L.LatLng; zoom: number }

/** The view Leaflet's `fitBounds` would set for `bounds` with this padding (its own arithmetic, public methods only). */
function fittedView(map: L.Map, bounds: LatLngBoundsLiteral, p: Padding): View {
  const box = L.latLngBounds(bounds)
  const zoom = Math.min(FIT_MAX_ZOOM, map.getBoundsZoom(box, false, L.point(p.left + p.right, p.top + p.bottom)))
  const offset = L.point((p.right - p.left) / 2, (p.bottom - p.top) / 2)
  const middle = map.project(box.getSouthWest(), zoom).add(map.project(box.getNorthEast(), zoom)).divideBy(2)
  return { center: map.unproject(middle.add(offset), zoom), zoom }
}

/** Whether the map already shows `view` (the same zoom, the centre within a pixel). */
function showsView(map: L.Map, view: View): boolean {
  const zoom = map.getZoom() as number | undefined
  if (zoom !== view.zoom) return false
  return map.project(map.getCenter(), zoom).distanceTo(map.project(view.center, zoom)) < 1
}

/**
 * Fits the map to `bounds` (the camps shown) in the part the overlays leave free, each
 * overlay cleared from the side that lets the camps be drawn largest, no further in than
 * the map policy's FIT_MAX_ZOOM: the one fit of the load, "show all camps" and the embed's
 * refit around its legend. It measures the map's size first; a fit to the view the map
 * already shows does not move it (each move redraws the whole basemap).
 */
export function fitToCamps(map: L.Map, bounds: LatLngBoundsLiteral, animate: boolean): void {
  syncMapSize(map)
  const points = bounds.map((latLng) => map.project(latLng, 0))
  const xs = points.map((pt) => pt.x)
  const ys = points.map((pt) => pt.y)
  const shape = { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) }
  const view = fittedView(map, bounds, mapPadding(map, 16, shape))
  if (showsView(map, view)) return
  map.setView(view.center, view.zoom, { animate })
}

/** The part of the map no overlay covers. */
export function mapFreeRect(map: L.Map, marginPx = 16): Rect {
  const size = map.getSize()
  return freeRect({ width: size.x, height: size.y }, mapPadding(map, marginPx))
}
