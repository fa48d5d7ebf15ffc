import type L from 'leaflet'
import { overlayRects } from './overlays/overlay-rects'

type Rect = { left: number; top: number; right: number; bottom: number }

/**
 * What the placement model keeps markers clear of, in the map's world pixels at its zoom
 * (`map.project`): the legend, panels and controls (`obstacles`) and the view's edges.
 */
export function placementFrame(map: L.Map): { obstacles: Rect[]; view: Rect } {
  const origin = map.getPixelOrigin()
  const toWorld = (x: number, y: number) => map.containerPointToLayerPoint([x, y]).add(origin)
  const obstacles = overlayRects(map).map((r) => {
    const tl = toWorld(r.left, r.top)
    const br = toWorld(r.right, r.bottom)
    return { left: tl.x, top: tl.y, right: br.x, bottom: br.y }
  })
  const size = map.getSize()
  const tl = toWorld(0, 0)
  return { obstacles, view: { left: tl.x, top: tl.y, right: tl.x + size.x, bottom: tl.y + size.y } }
}
