import * as L from 'leaflet'
import type { Camp } from '../../data/schema'
import { toLatLng } from '../../geo/lng-lat'
import type { GroupActivation } from './group-marker'
import { zoomToSeparate } from './group-markers'
import { MIN_SEPARATION_PX } from './marker-sizes'
import { mapPadding } from '../overlays/overlay-rects'

/** Beyond this many camps a group zooms in by steps instead of computing where they separate. */
const LARGE_GROUP = 50

/** A group whose camps never separate (the same place): its camps, its marker and where its chooser opens. */
export type ChooserPlace = { ids: string[]; element: HTMLElement; at: { x: number; y: number } }

/**
 * What activating a group marker does (loaded on demand by `useGroupChooser`): zoom in until
 * its camps separate, fitted into the part of the map no overlay covers, and return null; or,
 * when they never do, return where the chooser list opens.
 */
export function activateGroup(
  map: L.Map,
  { ids, element, viaKeyboard, point: at }: GroupActivation,
  byId: ReadonlyMap<string, Camp>,
  focusAfterZoom: (id: string) => void,
): ChooserPlace | null {
  const zoom = map.getZoom()
  const latLngs = ids.flatMap((id) => {
    const c = byId.get(id)
    return c ? [toLatLng(c.lngLat)] : []
  })
  if (ids.length > LARGE_GROUP) {
    // Thousands of camps (the canvas at scale): zoom in two steps on them, as often as needed.
    map.setView(L.latLngBounds(latLngs).getCenter(), Math.min(zoom + 2, map.getMaxZoom()))
    return null
  }
  const points = ids.flatMap((id) => {
    const camp = byId.get(id)
    return camp ? [map.project(toLatLng(camp.lngLat), zoom)] : []
  })
  const target = zoomToSeparate(points, MIN_SEPARATION_PX, zoom, map.getMaxZoom(), map.options.zoomSnap || 0.25)
  if (target !== null) {
    const first = ids[0]
    if (viaKeyboard && first !== undefined) focusAfterZoom(first)
    // Fit the group's camps into the part of the map no overlay covers, at most at the
    // zoom where they separate: a fit below it leaves smaller groups to open next.
    const bounds = L.latLngBounds(latLngs)
    const p = mapPadding(map)
    const options = { paddingTopLeft: L.point(p.left, p.top), paddingBottomRight: L.point(p.right, p.bottom), maxZoom: target }
    if (map.getBoundsZoom(bounds, false, L.point(p.left + p.right, p.top + p.bottom)) > zoom) map.fitBounds(bounds, options)
    else map.setView(bounds.getCenter(), target)
    return null
  }
  const point = at ?? map.latLngToContainerPoint(map.layerPointToLatLng(L.DomUtil.getPosition(element)))
  return { ids, element, at: { x: point.x, y: point.y } }
}
