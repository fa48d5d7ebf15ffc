import type { Geometry, Position } from 'geojson'
import { symbolGeometry, tierSymbol } from '../symbols/tier-symbol'
import type { Projection, Rect } from './projection'
import { escapeXml, fmt } from './svg-text'
import type { ImageCamp } from './types'

/** Paths, boxes and markers of the image (pure helpers of render-svg.ts). */

export type Box = { left: number; top: number; right: number; bottom: number }
export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
export const inside = (a: Box, r: Rect): boolean => a.left >= r.x && a.top >= r.y && a.right <= r.x + r.width && a.bottom <= r.y + r.height

function ringPath(ring: readonly Position[], project: Projection['project'], close: boolean): { d: string; box: Box } {
  let d = ''
  const box: Box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity }
  let last = ''
  for (const position of ring) {
    const [lon, lat] = position
    if (lon === undefined || lat === undefined) continue
    const [x, y] = project(lon, lat)
    box.left = Math.min(box.left, x)
    box.right = Math.max(box.right, x)
    box.top = Math.min(box.top, y)
    box.bottom = Math.max(box.bottom, y)
    const point = `${fmt(x)} ${fmt(y)}`
    if (point === last) continue
    d += `${d === '' ? 'M' : 'L'}${point}`
    last = point
  }
  return { d: d === '' ? '' : close ? `${d}Z` : d, box }
}

/** The path data of a geometry's rings/lines that reach into `clip`; '' when none does. */
export function geometryPath(geometry: Geometry | null, project: Projection['project'], clip: Rect): string {
  if (geometry === null) return ''
  const clipBox: Box = { left: clip.x, top: clip.y, right: clip.x + clip.width, bottom: clip.y + clip.height }
  const parts: string[] = []
  const add = (ring: readonly Position[], close: boolean) => {
    const { d, box } = ringPath(ring, project, close)
    if (d !== '' && overlaps(box, clipBox)) parts.push(d)
  }
  switch (geometry.type) {
    case 'Polygon':
      for (const ring of geometry.coordinates) add(ring, true)
      break
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) add(ring, true)
      break
    case 'LineString':
      add(geometry.coordinates, false)
      break
    case 'MultiLineString':
      for (const line of geometry.coordinates) add(line, false)
      break
    case 'GeometryCollection':
      for (const g of geometry.geometries) {
        const d = geometryPath(g, project, clip)
        if (d !== '') parts.push(d)
      }
      break
    default:
      break
  }
  return parts.join('')
}

export const isPolygonal = (g: Geometry | null): boolean => g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon')

export function isMongolia(properties: unknown): boolean {
  const p = (properties ?? {}) as { name?: unknown; iso2?: unknown; isoNumeric?: unknown }
  return p.iso2 === 'MN' || p.name === 'Mongolia' || p.isoNumeric === '496'
}

export function textLines(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${fmt(x)}" y="${fmt(y + i * lineHeight)}" font-size="${fmt(size)}"${attrs}>${escapeXml(line)}</text>`)
    .join('')
}

export function markerSvg(camp: ImageCamp, x: number, y: number, selected: boolean): string {
  const symbol = tierSymbol(camp.tier)
  const geometry = symbolGeometry(symbol)
  const half = symbol.sizePx / 2
  const paint = `fill="${symbol.fill}" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.strokeWidthPx)}"${symbol.dash === null ? '' : ` stroke-dasharray="${symbol.dash}"`}`
  const shape =
    geometry.kind === 'circle'
      ? `<circle cx="${fmt(geometry.cx)}" cy="${fmt(geometry.cy)}" r="${fmt(geometry.r)}" ${paint}/>`
      : `<polygon points="${geometry.points}" ${paint}/>`
  const ring = selected
    ? `<circle cx="${fmt(half)}" cy="${fmt(half)}" r="${fmt(half + 5)}" fill="none" stroke="#d9480f" stroke-width="3"/>`
    : ''
  return `<g class="camp" data-camp-id="${escapeXml(camp.id)}" data-tier="${camp.tier}" transform="translate(${fmt(x - half)} ${fmt(y - half)})">${ring}${shape}</g>`
}
