import { useEffect, useRef } from 'react'
import type { LatLngBoundsLiteral, Map as LeafletMap } from 'leaflet'
import { fitToCamps, onOverlaysResized } from './overlay-rects'

/**
 * After the map fitted the camps on its own (no view in the address), fits them again when
 * the map or an overlay changes size (the header growing once the figures load, the legend
 * folding, the attribution wrapping), until the reader moves the map (a drag, wheel, key or
 * a zoom button) or the view is set otherwise. So the camps stay clear of the overlays in
 * the view the reader first sees. Returns `fitted(bounds)`, to call after each such fit, and
 * `clear()` for every other move.
 */
export function useRefitUntilMoved(map: LeafletMap): { fitted: (bounds: LatLngBoundsLiteral) => void; clear: () => void } {
  const target = useRef<LatLngBoundsLiteral | null>(null)
  useEffect(
    function refitOnResize() {
      const container = map.getContainer()
      const win = container.ownerDocument.defaultView ?? window
      let frame = 0
      const moved = (event: Event) => {
        const el = event.target instanceof Element ? event.target : null
        if (event.type !== 'pointerdown' || el?.closest('.leaflet-map-pane, .leaflet-control-zoom, .show-all-control') != null)
          target.current = null
      }
      // A move under way (a zoom animation) would end where it was headed and undo a fit made
      // during it (Leaflet ends a zoom animation by moving to the animation's target), so
      // the refit waits for its end.
      let moving = false
      let waiting = false
      const refit = () => {
        if (target.current === null) return
        if (moving) waiting = true
        else fitToCamps(map, target.current, false)
      }
      const started = () => {
        moving = true
      }
      const ended = () => {
        moving = false
        if (!waiting) return
        waiting = false
        refit()
      }
      map.on('movestart', started)
      map.on('moveend', ended)
      const stop = onOverlaysResized(map, () => {
        if (target.current === null) return
        win.cancelAnimationFrame(frame)
        frame = win.requestAnimationFrame(refit)
      })
      container.addEventListener('pointerdown', moved, true)
      container.addEventListener('wheel', moved, true)
      container.addEventListener('keydown', moved, true)
      return function stopRefitting() {
        stop()
        map.off('movestart', started)
        map.off('moveend', ended)
        win.cancelAnimationFrame(frame)
        container.removeEventListener('pointerdown', moved, true)
        container.removeEventListener('wheel', moved, true)
        container.removeEventListener('keydown', moved, true)
      }
    },
    [map],
  )
  return {
    fitted: (bounds) => {
      target.current = bounds
    },
    clear: () => {
      target.current = null
    },
  }
}
