import { useEffect } from 'react'
import type { LatLngBoundsLiteral, Map as LeafletMap } from 'leaflet'
import { fitToCamps } from '../map/overlays/overlay-rects'
import { useMapOverlays } from '../ui/map-overlays'

/**
 * When the reader opens or folds the legend of an embed that fits its camps (no view of its
 * own, no camp open, the map not yet moved by the reader), fit the camps again into the part
 * of the map the legend leaves free: the legend never covers the camps it explains, and
 * folded it gives the room back. The reader's first drag, wheel or key on the map stops it.
 */
export function useRefitAroundLegend(map: LeafletMap, fitBounds: LatLngBoundsLiteral | null, enabled: boolean): void {
  const boundsKey = JSON.stringify(fitBounds)
  const overlays = useMapOverlays()
  useEffect(
    function refitWhenTheLegendChanges() {
      const bounds = JSON.parse(boundsKey) as LatLngBoundsLiteral | null
      if (!enabled || bounds === null) return undefined
      const container = map.getContainer()
      // The element over the map that holds the legend (MapPanel), sized by it.
      const legend = overlays.elementOf('legend')
      if (!legend) return undefined
      const win = container.ownerDocument.defaultView ?? window
      let moved = false
      const sizeOf = () => {
        const r = legend.getBoundingClientRect()
        return `${Math.round(r.width)}x${Math.round(r.height)}`
      }
      let lastSize = sizeOf()
      let frame = 0
      const readerMoved = (event: Event) => {
        const target = event.target instanceof Element ? event.target : null
        if (event.type !== 'pointerdown' || target?.closest('.leaflet-map-pane, .leaflet-control-zoom') != null) moved = true
      }
      const observer = new ResizeObserver(() => {
        const size = sizeOf()
        if (moved || size === lastSize) return
        lastSize = size
        // Next frame: after every ResizeObserver of this one (overlay-rects' cache included) has run.
        win.cancelAnimationFrame(frame)
        frame = win.requestAnimationFrame(() => {
          if (moved) return
          fitToCamps(map, bounds, false)
        })
      })
      observer.observe(legend)
      container.addEventListener('pointerdown', readerMoved, true)
      container.addEventListener('wheel', readerMoved, true)
      container.addEventListener('keydown', readerMoved, true)
      return function stop() {
        observer.disconnect()
        win.cancelAnimationFrame(frame)
        container.removeEventListener('pointerdown', readerMoved, true)
        container.removeEventListener('wheel', readerMoved, true)
        container.removeEventListener('keydown', readerMoved, true)
      }
    },
    [map, boundsKey, enabled, overlays],
  )
}
