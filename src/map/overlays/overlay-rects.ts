import type L from 'leaflet'
import { freeRect, overlayPadding, type Padding, type Rect } from './overlay-padding'

/** Elements over the map that must not hide a camp: marked `data-map-overlay`, and Leaflet's controls. */
const OVERLAY_SELECTOR = '[data-map-overlay], .leaflet-control'

/** The displayed overlays' rectangles, relative to the map container's top-left corner. */
function readOverlayRects(map: L.Map): Rect[] {
  const container = map.getContainer()
  const origin = container.getBoundingClientRect()
  const rects: Rect[] = []
  for (const el of container.ownerDocument.querySelectorAll<HTMLElement>(OVERLAY_SELECTOR)) {
    if (el.closest('[hidden]') !== null) continue
    const r = el.getBoundingClientRect()
    if (r.width < 1 || r.height < 1) continue
    rects.push({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top })
  }
  return rects
}

/** The padding that keeps camps out from under the overlays, for fitBounds and pans. */
export function mapPadding(map: L.Map, marginPx = 16): Padding {
  const size = map.getSize()
  return overlayPadding({ width: size.x, height: size.y }, readOverlayRects(map), marginPx)
}

/** The part of the map no overlay covers. */
export function mapFreeRect(map: L.Map, marginPx = 16): Rect {
  const size = map.getSize()
  return freeRect({ width: size.x, height: size.y }, mapPadding(map, marginPx))
}
