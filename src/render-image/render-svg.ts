import type { Geometry, Position } from 'geojson'
import { symbolGeometry, tierSymbol } from '../symbols/tier-symbol'
import { makeProjection, type Padding, type Projection, type Rect } from './projection'
import { escapeXml, fmt, textWidth, wrapText } from './svg-text'
import type { ImageCamp, ImageLegend, ImageScene } from './types'

/**
 * The pure image renderer: an ImageScene in, an SVG document out (a string). No DOM, no
 * React, no Leaflet: the same function runs in the browser (Share → Image) and in Node
 * (scripts/export-image.ts, the link-preview image). Every number is written by `fmt`, every
 * text through `escapeXml`, so the output is byte-for-byte the same for the same scene.
 */

/** The map's colours (src/map/Basemap.tsx, BamLineLayer.tsx). */
const STYLE = {
  sea: '#dfe9ef',
  land: '#f3efe6',
  border: '#a79f8f',
  mongoliaFill: '#ece3cd',
  mongoliaBorder: '#6b5a3a',
  ussr: '#8a1c1c',
  water: '#b9d3e0',
  railway: '#6f6f6f',
  bam: '#7a1f1f',
  ink: '#1d1d1b',
  inkSoft: '#555555',
  halo: '#5b5b5b',
} as const

export const FONT_EN = "'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK JP', sans-serif"
export const FONT_JA = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', 'Noto Sans', 'DejaVu Sans', sans-serif"

const MARGIN = 24
const TITLE_SIZE = 26
const CAPTION_SIZE = 15
const CREDIT_SIZE = 11
const LABEL_SIZE = 12
const LEGEND_SIZE = 12

type Box = { left: number; top: number; right: number; bottom: number }
const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
const inside = (a: Box, r: Rect): boolean => a.left >= r.x && a.top >= r.y && a.right <= r.x + r.width && a.bottom <= r.y + r.height

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
function geometryPath(geometry: Geometry | null, project: Projection['project'], clip: Rect): string {
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

const isPolygonal = (g: Geometry | null): boolean => g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon')

function isMongolia(properties: unknown): boolean {
  const p = (properties ?? {}) as { name?: unknown; iso2?: unknown; isoNumeric?: unknown }
  return p.iso2 === 'MN' || p.name === 'Mongolia' || p.isoNumeric === '496'
}

function textLines(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${fmt(x)}" y="${fmt(y + i * lineHeight)}" font-size="${fmt(size)}"${attrs}>${escapeXml(line)}</text>`)
    .join('')
}

function markerSvg(camp: ImageCamp, x: number, y: number, selected: boolean): string {
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

type LegendLayout = { width: number; height: number; svg: (x: number, y: number) => string }

function legendLayout(legend: ImageLegend): LegendLayout {
  const rowH = 22
  const symbolW = 30
  const texts = [...legend.rows.map((r) => `${r.label}  ${r.count}`), legend.bam ?? '', legend.approximate ?? '']
  const textW = Math.max(textWidth(legend.title, LEGEND_SIZE + 1), ...texts.map((s) => textWidth(s, LEGEND_SIZE)))
  const width = Math.min(360, Math.ceil(symbolW + textW + 20))
  const rows = legend.rows.length + (legend.bam === null ? 0 : 1) + (legend.approximate === null ? 0 : 1)
  const height = 30 + rows * rowH + 6
  return {
    width,
    height,
    svg: (x, y) => {
      const out: string[] = [`<g class="legend" transform="translate(${fmt(x)} ${fmt(y)})">`]
      out.push(`<rect width="${fmt(width)}" height="${fmt(height)}" rx="6" fill="#ffffff" fill-opacity="0.94" stroke="#bbbbbb"/>`)
      out.push(
        `<text x="10" y="20" font-size="${LEGEND_SIZE + 1}" font-weight="bold" fill="${STYLE.ink}">${escapeXml(legend.title)}</text>`,
      )
      let row = 0
      const rowY = () => 30 + row * rowH + rowH / 2
      for (const r of legend.rows) {
        const symbol = tierSymbol(r.tier)
        const g = symbolGeometry(symbol)
        const cy = rowY()
        const half = symbol.sizePx / 2
        const paint = `fill="${symbol.fill}" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.strokeWidthPx)}"${symbol.dash === null ? '' : ` stroke-dasharray="${symbol.dash}"`}`
        const shape =
          g.kind === 'circle'
            ? `<circle cx="${fmt(g.cx)}" cy="${fmt(g.cy)}" r="${fmt(g.r)}" ${paint}/>`
            : `<polygon points="${g.points}" ${paint}/>`
        const scale = symbol.sizePx > 20 ? 20 / symbol.sizePx : 1
        out.push(
          `<g data-legend-tier="${r.tier}" transform="translate(${fmt(10 + 10 - half * scale)} ${fmt(cy - half * scale)}) scale(${String(Math.round(scale * 1000) / 1000)})">${shape}</g>`,
        )
        out.push(`<text x="${symbolW + 8}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" fill="${STYLE.ink}">${escapeXml(r.label)}</text>`)
        out.push(
          `<text x="${fmt(width - 10)}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" text-anchor="end" fill="${STYLE.ink}" data-count="${r.count}">${r.count}</text>`,
        )
        row += 1
      }
      if (legend.bam !== null) {
        const cy = rowY()
        out.push(`<path d="M10 ${fmt(cy)}H30" stroke="${STYLE.bam}" stroke-width="3.5"/>`)
        out.push(
          `<text x="${symbolW + 8}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" fill="${STYLE.ink}">${escapeXml(legend.bam)}</text>`,
        )
        row += 1
      }
      if (legend.approximate !== null) {
        const cy = rowY()
        out.push(`<circle cx="20" cy="${fmt(cy)}" r="8" fill="none" stroke="${STYLE.halo}" stroke-dasharray="3 3"/>`)
        out.push(
          `<text x="${symbolW + 8}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" fill="${STYLE.ink}">${escapeXml(legend.approximate)}</text>`,
        )
      }
      out.push('</g>')
      return out.join('')
    },
  }
}

/** Draws a scene to a standalone SVG document. */
export function renderSvg(scene: ImageScene): string {
  const { width, height } = scene
  const font = scene.lang === 'ja' ? FONT_JA : FONT_EN
  const textMax = width - 2 * MARGIN

  const titleLines = scene.title === null ? [] : wrapText(scene.title, TITLE_SIZE, textMax, 2)
  const captionLines = scene.caption === null ? [] : wrapText(scene.caption, CAPTION_SIZE, textMax, 3)
  const creditLines = wrapText(scene.credit, CREDIT_SIZE, textMax, 2)
  const titleH = titleLines.length === 0 ? 0 : MARGIN * 0.75 + titleLines.length * TITLE_SIZE * 1.25 + 8
  const footerH = 10 + captionLines.length * CAPTION_SIZE * 1.35 + creditLines.length * CREDIT_SIZE * 1.35 + 10
  const map: Rect = { x: 0, y: titleH, width, height: Math.max(50, height - titleH - footerH) }

  const legend = scene.legend === null ? null : legendLayout(scene.legend)
  const wide = map.width >= 900
  const legendFits = legend !== null && legend.width + 24 < map.width && legend.height + 24 < map.height * 0.6
  const padding: Padding = {
    top: 40,
    right: 40,
    bottom: 40 + (legendFits && !wide && legend ? legend.height : 0),
    left: 40 + (legendFits && wide && legend ? legend.width + 12 : 0),
  }
  const projection = makeProjection(scene.view, map, padding)
  const { project } = projection

  const out: string[] = []
  const ariaLabel = escapeXml(scene.description)
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.pixelWidth}" height="${scene.pixelHeight}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${ariaLabel}" font-family="${escapeXml(font)}" lang="${scene.lang}">`,
  )
  out.push(`<title>${ariaLabel}</title>`)
  out.push(
    `<defs><clipPath id="map-clip"><rect x="${fmt(map.x)}" y="${fmt(map.y)}" width="${fmt(map.width)}" height="${fmt(map.height)}"/></clipPath></defs>`,
  )
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`)

  // The map: sea, land, water, borders, the USSR outline, railways, the BAM line, towns.
  out.push('<g class="map" clip-path="url(#map-clip)">')
  out.push(`<rect x="${fmt(map.x)}" y="${fmt(map.y)}" width="${fmt(map.width)}" height="${fmt(map.height)}" fill="${STYLE.sea}"/>`)
  const countries = scene.layers.countries?.features ?? []
  const land: string[] = []
  for (const feature of countries) {
    const d = geometryPath(feature.geometry, project, map)
    if (d === '') continue
    const mongolia = isMongolia(feature.properties)
    land.push(
      `<path d="${d}" fill="${mongolia ? STYLE.mongoliaFill : STYLE.land}" stroke="${mongolia ? STYLE.mongoliaBorder : STYLE.border}" stroke-width="${mongolia ? '1.6' : '0.8'}" stroke-linejoin="round"/>`,
    )
  }
  out.push(`<g class="layer-countries">${land.join('')}</g>`)
  const water = scene.layers.water?.features ?? []
  if (water.length > 0) {
    const paths = water.flatMap((f) => {
      const d = geometryPath(f.geometry, project, map)
      if (d === '') return []
      return [
        isPolygonal(f.geometry)
          ? `<path d="${d}" fill="${STYLE.water}" stroke="none"/>`
          : `<path d="${d}" fill="none" stroke="${STYLE.water}" stroke-width="1.2"/>`,
      ]
    })
    out.push(`<g class="layer-water">${paths.join('')}</g>`)
  }
  const ussr = scene.layers.ussr?.features ?? []
  if (ussr.length > 0) {
    const d = ussr.map((f) => geometryPath(f.geometry, project, map)).join('')
    if (d !== '')
      out.push(
        `<g class="layer-ussr"><path d="${d}" fill="none" stroke="${STYLE.ussr}" stroke-width="2" stroke-opacity="0.75" stroke-linejoin="round"/></g>`,
      )
  }
  const railways = scene.layers.railways?.features ?? []
  if (railways.length > 0) {
    const d = railways.map((f) => geometryPath(f.geometry, project, map)).join('')
    if (d !== '')
      out.push(
        `<g class="layer-railways"><path d="${d}" fill="none" stroke="${STYLE.railway}" stroke-width="1.2" stroke-dasharray="6 3"/></g>`,
      )
  }
  if (scene.bamLine !== null) {
    const parts: string[] = []
    for (const section of scene.bamLine.sections) {
      const d = geometryPath({ type: 'LineString', coordinates: section.coordinates }, project, map)
      if (d === '') continue
      parts.push(
        section.kind === 'planned'
          ? `<path d="${d}" fill="none" stroke="${STYLE.bam}" stroke-width="2" stroke-opacity="0.6" stroke-dasharray="2 7" stroke-linecap="round"/>`
          : `<path d="${d}" fill="none" stroke="${STYLE.bam}" stroke-width="3.5" stroke-opacity="0.85" stroke-linecap="round"/>`,
      )
    }
    if (parts.length > 0) out.push(`<g class="layer-bam">${parts.join('')}</g>`)
  }
  const labelBoxes: Box[] = []
  const mapBox: Rect = { x: map.x + 2, y: map.y + 2, width: map.width - 4, height: map.height - 4 }
  const legendBox: Box | null =
    legend !== null && legendFits
      ? {
          left: map.x + 12,
          top: map.y + map.height - 12 - legend.height,
          right: map.x + 12 + legend.width,
          bottom: map.y + map.height - 12,
        }
      : null
  if (legendBox) labelBoxes.push(legendBox)

  // Camps: positions, halos, markers (larger tiers underneath, so small ones stay visible).
  const placed = scene.camps
    .map((camp) => {
      const [x, y] = project(camp.lngLat[0], camp.lngLat[1])
      return { camp, x, y, symbol: tierSymbol(camp.tier) }
    })
    .filter((p) => p.x >= map.x - 30 && p.x <= map.x + map.width + 30 && p.y >= map.y - 30 && p.y <= map.y + map.height + 30)
  const halos = placed.flatMap(({ camp, x, y, symbol }) => {
    if (camp.uncertaintyKm === null) return []
    const r = (camp.uncertaintyKm / (40075.016686 * Math.cos((camp.lngLat[1] * Math.PI) / 180))) * projection.pixelsPerWorld
    return r > symbol.sizePx / 2 + 2
      ? [`<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="none" stroke="${STYLE.halo}" stroke-width="1" stroke-dasharray="4 4"/>`]
      : []
  })
  if (halos.length > 0) out.push(`<g class="layer-halos">${halos.join('')}</g>`)

  // Towns, if given, under the camps.
  const towns = scene.layers.towns?.features ?? []
  const townLabels: { box: Box; svg: string }[] = []
  if (towns.length > 0) {
    const parts: string[] = []
    for (const f of towns) {
      if (f.geometry?.type !== 'Point') continue
      const [lon, lat] = f.geometry.coordinates
      if (lon === undefined || lat === undefined) continue
      const [x, y] = project(lon, lat)
      if (x < map.x || x > map.x + map.width || y < map.y || y > map.y + map.height) continue
      const p = (f.properties ?? {}) as { name?: unknown; nameJa?: unknown }
      const name = scene.lang === 'ja' && typeof p.nameJa === 'string' ? p.nameJa : typeof p.name === 'string' ? p.name : ''
      parts.push(`<circle cx="${fmt(x)}" cy="${fmt(y)}" r="2" fill="${STYLE.inkSoft}"/>`)
      if (name === '') continue
      // A town's name gives way to camp labels: drawn only where it covers none (placed below).
      townLabels.push({
        box: { left: x + 3, top: y - 12, right: x + 5 + textWidth(name, 10), bottom: y - 1 },
        svg: `<text x="${fmt(x + 4)}" y="${fmt(y - 3)}" font-size="10" fill="${STYLE.inkSoft}">${escapeXml(name)}</text>`,
      })
    }
    out.push(`<g class="layer-towns">${parts.join('')}</g>`)
  }

  const drawOrder = [...placed].sort(
    (a, b) => b.symbol.priority - a.symbol.priority || a.camp.number - b.camp.number || (a.camp.id < b.camp.id ? -1 : 1),
  )
  out.push(`<g class="layer-camps">${drawOrder.map((p) => markerSvg(p.camp, p.x, p.y, p.camp.id === scene.selectedId)).join('')}</g>`)

  // Labels: larger camps (and the selected one) first; each label takes the first side where
  // it covers no other label, no symbol and not the legend, else only the number, else none.
  const symbolBoxes = placed.map((p) => ({
    id: p.camp.id,
    box: {
      left: p.x - p.symbol.sizePx / 2,
      top: p.y - p.symbol.sizePx / 2,
      right: p.x + p.symbol.sizePx / 2,
      bottom: p.y + p.symbol.sizePx / 2,
    },
  }))
  const labelOrder = [...placed].sort(
    (a, b) =>
      Number(b.camp.id === scene.selectedId) - Number(a.camp.id === scene.selectedId) ||
      b.symbol.priority - a.symbol.priority ||
      a.camp.number - b.camp.number ||
      (a.camp.id < b.camp.id ? -1 : 1),
  )
  const labels: string[] = []
  for (const { camp, x, y, symbol } of labelOrder) {
    const half = symbol.sizePx / 2
    for (const text of [camp.label, String(camp.number)]) {
      const w = textWidth(text, LABEL_SIZE) + 4
      const h = LABEL_SIZE + 4
      const sides: { box: Box; anchor: 'start' | 'end'; tx: number }[] = [
        { box: { left: x + half + 3, top: y - h / 2, right: x + half + 3 + w, bottom: y + h / 2 }, anchor: 'start', tx: x + half + 5 },
        { box: { left: x - half - 3 - w, top: y - h / 2, right: x - half - 3, bottom: y + h / 2 }, anchor: 'end', tx: x - half - 5 },
        { box: { left: x - w / 2, top: y - half - 2 - h, right: x + w / 2, bottom: y - half - 2 }, anchor: 'start', tx: x - w / 2 + 2 },
        { box: { left: x - w / 2, top: y + half + 2, right: x + w / 2, bottom: y + half + 2 + h }, anchor: 'start', tx: x - w / 2 + 2 },
      ]
      const side = sides.find(
        (s) =>
          inside(s.box, mapBox) &&
          !labelBoxes.some((b) => overlaps(b, s.box)) &&
          !symbolBoxes.some((o) => o.id !== camp.id && overlaps(o.box, s.box)),
      )
      if (!side) continue
      labelBoxes.push(side.box)
      const ty = side.box.top + h / 2 + LABEL_SIZE * 0.36
      labels.push(
        `<text data-label-for="${escapeXml(camp.id)}" x="${fmt(side.tx)}" y="${fmt(ty)}" font-size="${LABEL_SIZE}" text-anchor="${side.anchor}" fill="${tierSymbol(camp.tier).labelColor}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(text)}</text>`,
      )
      break
    }
  }
  const freeTowns = townLabels.filter(
    (town) =>
      inside(town.box, mapBox) && !labelBoxes.some((b) => overlaps(b, town.box)) && !symbolBoxes.some((o) => overlaps(o.box, town.box)),
  )
  if (freeTowns.length > 0) out.push(`<g class="layer-town-labels">${freeTowns.map((town) => town.svg).join('')}</g>`)
  out.push(`<g class="layer-labels">${labels.join('')}</g>`)
  out.push('</g>')
  out.push(
    `<rect x="${fmt(map.x + 0.5)}" y="${fmt(map.y + 0.5)}" width="${fmt(map.width - 1)}" height="${fmt(map.height - 1)}" fill="none" stroke="#cccccc"/>`,
  )
  if (legend !== null && legendBox !== null) out.push(legend.svg(legendBox.left, legendBox.top))

  // Title above, caption and credit below.
  if (titleLines.length > 0) {
    out.push(
      `<g class="title">${textLines(titleLines, MARGIN, MARGIN * 0.75 + TITLE_SIZE, TITLE_SIZE, TITLE_SIZE * 1.25, ` font-weight="bold" fill="${STYLE.ink}"`)}</g>`,
    )
  }
  let y = map.y + map.height + 10 + CAPTION_SIZE
  if (captionLines.length > 0) {
    out.push(`<g class="caption">${textLines(captionLines, MARGIN, y, CAPTION_SIZE, CAPTION_SIZE * 1.35, ` fill="${STYLE.ink}"`)}</g>`)
    y += captionLines.length * CAPTION_SIZE * 1.35
  } else {
    y -= CAPTION_SIZE - CREDIT_SIZE
  }
  out.push(`<g class="credit">${textLines(creditLines, MARGIN, y, CREDIT_SIZE, CREDIT_SIZE * 1.35, ` fill="${STYLE.inkSoft}"`)}</g>`)
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
