import { useEffect } from 'react'
import type { Handler, Map as LeafletMap } from 'leaflet'

function movementHandlers(map: LeafletMap): Handler[] {
  return [map.dragging, map.touchZoom, map.doubleClickZoom, map.scrollWheelZoom, map.boxZoom, map.keyboard]
}

/**
 * `interactive=0`: a static locator map. The reader cannot pan or zoom (no drag, wheel,
 * pinch, double click, box zoom, keyboard moves, zoom buttons). Markers still open their
 * detail, and the map still moves to a camp that is opened (a programmatic move, not the
 * reader's).
 */
export function useStaticMap(map: LeafletMap, isStatic: boolean): void {
  useEffect(
    function freezeMap() {
      if (!isStatic) return undefined
      const container = map.getContainer()
      const handlers = movementHandlers(map)
      for (const handler of handlers) handler.disable()
      const zoomControl = map.zoomControl as LeafletMap['zoomControl'] | undefined
      zoomControl?.remove()
      container.classList.add('camp-map--static')
      return function unfreezeMap() {
        container.classList.remove('camp-map--static')
        zoomControl?.addTo(map)
        for (const handler of handlers) handler.enable()
      }
    },
    [map, isStatic],
  )
}
