import { boundsOf, makeProjection, type Projection, type Rect } from './projection'
import { geometryPath, markerSvg, type Box } from './svg-geometry'
import { placeLabels, type Placed } from './svg-labels'
import { STYLE } from './svg-style'
import { escapeXml, fmt } from './svg-text'
import { tierSymbol } from '../symbols/tier-symbol'
import type { ImageCamp, ImageScene } from './types'

/**
 * The locator inset: the land around every camp shown, the main map's frame as a rectangle,
 * and the far camps with their markers and labels (each camp is drawn once in the image).
 */
export function insetSvg(scene: ImageScene, inset: { rect: Rect; camps: readonly ImageCamp[] }, main: Projection, map: Rect): string {
  const { rect } = inset
  const all = boundsOf(scene.camps.map((c) => c.lngLat))
  const p = makeProjection({ kind: 'fit', bounds: all }, rect, { top: 26, right: 26, bottom: 26, left: 26 })
  const out: string[] = [`<g class="inset" data-inset-camps="${escapeXml(inset.camps.map((c) => c.id).join(' '))}">`]
  out.push(`<g clip-path="url(#inset-clip)">`)
  out.push(`<rect x="${fmt(rect.x)}" y="${fmt(rect.y)}" width="${fmt(rect.width)}" height="${fmt(rect.height)}" fill="${STYLE.sea}"/>`)
  const land = (scene.layers.countries?.features ?? []).flatMap((f) => {
    const d = geometryPath(f.geometry, p.project, rect)
    return d === '' ? [] : [`<path d="${d}" fill="${STYLE.land}" stroke="${STYLE.border}" stroke-width="0.5"/>`]
  })
  out.push(land.join(''))
  // The main map's frame, where it lies in the inset.
  const [west, north] = main.unproject(map.x, map.y)
  const [east, south] = main.unproject(map.x + map.width, map.y + map.height)
  const [x0, y0] = p.project(west, north)
  const [x1, y1] = p.project(east, south)
  out.push(
    `<rect class="inset-frame" x="${fmt(x0)}" y="${fmt(y0)}" width="${fmt(x1 - x0)}" height="${fmt(y1 - y0)}" fill="none" stroke="${STYLE.ink}" stroke-width="1.5"/>`,
  )
  const placed: Placed[] = inset.camps.map((camp) => {
    const [x, y] = p.project(camp.lngLat[0], camp.lngLat[1])
    return { camp, x, y, half: tierSymbol(camp.tier).sizePx / 2 }
  })
  out.push(placed.map((q) => markerSvg(q.camp, q.x, q.y, q.camp.id === scene.selectedId)).join(''))
  const area: Rect = { x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, height: rect.height - 4 }
  const frameBox: Box = { left: Math.min(x0, x1), top: Math.min(y0, y1), right: Math.max(x0, x1), bottom: Math.max(y0, y1) }
  out.push(
    placeLabels(placed, scene.selectedId, area, [frameBox], [])
      .map((l) => l.svg)
      .join(''),
  )
  out.push('</g>')
  out.push(
    `<rect x="${fmt(rect.x + 0.5)}" y="${fmt(rect.y + 0.5)}" width="${fmt(rect.width - 1)}" height="${fmt(rect.height - 1)}" fill="none" stroke="#888888" stroke-width="1"/>`,
  )
  out.push('</g>')
  return out.join('')
}
