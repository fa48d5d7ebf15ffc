import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import * as L from 'leaflet'
import type { Camp } from '../data/schema'
import { toLatLng } from '../geo/lng-lat'
import { usePreloadWhenIdle } from '../ui/lazy-named'
import { mapFreeRect } from './overlays/overlay-rects'

type ZoomButtons = L.Control.Zoom & { _zoomIn: (e: MouseEvent) => void; _disabled?: boolean }
/** Leaflet's keyboard handler: its listener, read when the map takes focus. */
type KeyboardHandler = L.Handler & { _onKeyDown: (e: KeyboardEvent) => void }

/**
 * The rule for where "+" zooms (url/zoom-in-centre.ts), loaded when the browser is idle after
 * the first view, or at the first press if that comes earlier; the module is fetched once.
 */
const loadZoomRule = () => import('../url/zoom-in-centre')

/** Zooms in by `delta` around the centre that keeps a shown camp in the free part of the map. */
function zoomInKeepingCamps(map: L.Map, shown: () => readonly Camp[], delta: number): void {
  if (map.getZoom() >= map.getMaxZoom()) return
  loadZoomRule().then(
    ({ zoomInCentre }) => {
      if (map.getZoom() >= map.getMaxZoom()) return
      const zoom = Math.min(map.getMaxZoom(), map.getZoom() + delta)
      const size = map.getSize()
      const centre = zoomInCentre(
        shown().map((c) => map.latLngToContainerPoint(toLatLng(c.lngLat))),
        { width: size.x, height: size.y, free: mapFreeRect(map), scale: map.getZoomScale(zoom, map.getZoom()) },
      )
      if (Math.abs(centre.x - size.x / 2) < 0.5 && Math.abs(centre.y - size.y / 2) < 0.5) map.setZoom(zoom)
      else map.setView(map.containerPointToLatLng([centre.x, centre.y]), zoom)
    },
    // Without the rule (its chunk failed to load) "+" still zooms, around the centre.
    () => map.zoomIn(delta),
  )
}

/** Adds the zoom buttons to the map as its `zoomControl`, and gives the "+" key the same rule; returns their removal. */
function addZoomButtons(map: L.Map, shownCamps: () => readonly Camp[]): () => void {
  const step = (shift: boolean) => (map.options.zoomDelta ?? 1) * (shift ? 3 : 1)
  const control = L.control.zoom({ position: 'topleft' }) as ZoomButtons
  control._zoomIn = (e: MouseEvent) => {
    if (control._disabled !== true) zoomInKeepingCamps(map, shownCamps, step(e.shiftKey))
  }
  control.addTo(map)
  map.zoomControl = control
  // The keyboard's "+" (the map focused) follows the button; Leaflet adds its listener when
  // the map takes focus, so the replaced one is the one it adds and removes.
  const keyboard = map.keyboard as KeyboardHandler | undefined
  if (keyboard !== undefined) {
    const leafletKeyDown = keyboard._onKeyDown
    keyboard._onKeyDown = function onKeyDown(this: KeyboardHandler, e: KeyboardEvent) {
      const plainPlus = !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === '+' || e.key === '=')
      if (!plainPlus) return leafletKeyDown.call(this, e)
      zoomInKeepingCamps(map, shownCamps, step(e.shiftKey))
      L.DomEvent.stop(e)
    }
  }
  return () => {
    control.remove()
  }
}

/**
 * Leaflet's zoom buttons, with a "+" that keeps camps in view: it zooms around the map's
 * centre while a shown camp stays in the free part of the map, else toward the nearest camps
 * (url/zoom-in-centre.ts); the "+" key does the same. It is the map's `zoomControl`, so an embed's static mode removes it.
 */
export function ZoomControl({ camps, visibleIds }: { camps: readonly Camp[]; visibleIds: ReadonlySet<string> }) {
  const map = useMap()
  const shown = useRef<readonly Camp[]>([])
  useEffect(() => {
    shown.current = camps.filter((c) => visibleIds.has(c.id))
  }, [camps, visibleIds])
  useEffect(() => addZoomButtons(map, () => shown.current), [map])
  usePreloadWhenIdle(loadZoomRule)
  return null
}
