import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import L from 'leaflet'
import type { Camp } from '../data/schema'
import { toLatLng } from '../geo/lng-lat'
import { zoomInCentre } from '../url/zoom-in-centre'
import { mapFreeRect } from './overlays/overlay-rects'

type ZoomButtons = L.Control.Zoom & { _zoomIn: (e: MouseEvent) => void; _disabled?: boolean }

/** Adds the zoom buttons to the map as its `zoomControl`; returns their removal. */
function addZoomButtons(map: L.Map, shownCamps: () => readonly Camp[]): () => void {
  const control = L.control.zoom({ position: 'topleft' }) as ZoomButtons
  control._zoomIn = (e: MouseEvent) => {
    if (control._disabled === true || map.getZoom() >= map.getMaxZoom()) return
    const delta = (map.options.zoomDelta ?? 1) * (e.shiftKey ? 3 : 1)
    const zoom = Math.min(map.getMaxZoom(), map.getZoom() + delta)
    const size = map.getSize()
    const centre = zoomInCentre(
      shownCamps().map((c) => map.latLngToContainerPoint(toLatLng(c.lngLat))),
      { width: size.x, height: size.y, free: mapFreeRect(map), scale: map.getZoomScale(zoom, map.getZoom()) },
    )
    if (Math.abs(centre.x - size.x / 2) < 0.5 && Math.abs(centre.y - size.y / 2) < 0.5) map.setZoom(zoom)
    else map.setView(map.containerPointToLatLng([centre.x, centre.y]), zoom)
  }
  control.addTo(map)
  map.zoomControl = control
  return () => {
    control.remove()
  }
}

/**
 * Leaflet's zoom buttons, with a "+" that keeps camps in view: it zooms around the map's
 * centre while a shown camp stays in the free part of the map, else toward the nearest camps
 * (url/zoom-in-centre.ts). It is the map's `zoomControl`, so an embed's static mode removes it.
 */
export function ZoomControl({ camps, visibleIds }: { camps: readonly Camp[]; visibleIds: ReadonlySet<string> }) {
  const map = useMap()
  const shown = useRef<readonly Camp[]>([])
  useEffect(() => {
    shown.current = camps.filter((c) => visibleIds.has(c.id))
  }, [camps, visibleIds])
  useEffect(() => addZoomButtons(map, () => shown.current), [map])
  return null
}
