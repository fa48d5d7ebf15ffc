import { symbolGeometry, tierSymbol } from '../symbols/tier-symbol'
import type { TierKey } from '../data/tier-key'
import { escapeXml, fmt, textWidth, wrapText } from './svg-text'
import { LEGEND_SIZE, STYLE } from './svg-style'
import { BURIAL_SYMBOL } from '../burials/burial-symbol'
import type { ImageKeyLine, ImageLegend } from './types'
import { groupGlyphSvg } from './svg-camps'

/** The legend box of the image: its size, and its SVG at a position. */
export type LegendLayout = { width: number; height: number; svg: (x: number, y: number) => string }

/** What the image draws: the key lists exactly these. */
type DrawnItems = {
  tiers: ReadonlySet<TierKey>
  approximate: boolean
  lines: ReadonlySet<ImageKeyLine>
  burials?: boolean
  groups?: boolean
  displaced?: boolean
}

/** The key's widest column; a row's text wraps to fit it (symbol 30, gaps 20). */
const MAX_COLUMN_W = 380
const MAX_TEXT_W = MAX_COLUMN_W - 30 - 20
/** The distance between the lines of a wrapped row. */
const LINE_H = 15

/** The key's lines in the order of the app's legend, each with its sample drawn as on the map. */
const LINE_ORDER: readonly ImageKeyLine[] = ['ussr', 'borders', 'railways', 'bamBuilt', 'bamPlanned', 'water', 'towns']

function lineSample(kind: ImageKeyLine, cy: number): string {
  const y = fmt(cy)
  switch (kind) {
    case 'bamBuilt':
      return `<path d="M10 ${y}H30" stroke="${STYLE.bam}" stroke-width="3.5" stroke-opacity="0.85" stroke-linecap="round"/>`
    case 'bamPlanned':
      return `<path d="M10 ${y}H30" stroke="${STYLE.bam}" stroke-width="2" stroke-opacity="0.6" stroke-dasharray="2 7" stroke-linecap="round"/>`
    case 'railways':
      return `<path d="M10 ${y}H30" stroke="${STYLE.railway}" stroke-width="3"/><path d="M10 ${y}H30" stroke="${STYLE.railwayInner}" stroke-width="1.4" stroke-dasharray="5 5"/>`
    case 'ussr':
      return `<path d="M10 ${y}H30" stroke="${STYLE.ussr}" stroke-width="2" stroke-opacity="0.8" stroke-dasharray="${STYLE.ussrDash}"/>`
    case 'borders':
      return `<path d="M10 ${y}H30" stroke="${STYLE.border}" stroke-width="1.2"/>`
    case 'water':
      return `<path d="M10 ${y}H30" stroke="${STYLE.water}" stroke-width="1.2"/>`
    case 'towns':
      return `<circle cx="20" cy="${y}" r="2" fill="${STYLE.inkSoft}"/>`
  }
}

/** The key of what is drawn (or, before drawing, of what may be: `drawn` null lists every row the legend has), in two columns when one would be taller than `maxHeight`. */
export function legendLayout(legend: ImageLegend, drawn: DrawnItems | null, maxHeight = Infinity): LegendLayout {
  const rowH = 22
  const symbolW = 30
  const rows = legend.rows.filter((r) => (drawn === null ? r.count > 0 : drawn.tiers.has(r.tier)))
  const approximate = legend.approximate !== null && (drawn === null || drawn.approximate) ? legend.approximate : null
  const lines = LINE_ORDER.flatMap((kind) => {
    const label = legend.lines[kind]
    return label !== undefined && (drawn === null || drawn.lines.has(kind)) ? [{ kind, label }] : []
  })
  // A row's text beyond MAX_TEXT_W wraps onto more lines (the box never grows past MAX_COLUMN_W).
  const wrapped = (label: string): string[] => wrapText(label, LEGEND_SIZE, MAX_TEXT_W, 3)
  const text = (label: string, x: number, cy: number) => {
    const lines = wrapped(label)
    const tspans = lines.map((line, i) => `<tspan x="${fmt(x + symbolW + 8)}" dy="${i === 0 ? 0 : LINE_H}">${escapeXml(line)}</tspan>`)
    return lines.length === 1
      ? `<text x="${fmt(x + symbolW + 8)}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" fill="${STYLE.ink}">${escapeXml(label)}</text>`
      : `<text x="${fmt(x + symbolW + 8)}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" fill="${STYLE.ink}">${tspans.join('')}</text>`
  }
  /** A row of a wrapping label: the width of its widest line and how many lines it takes. */
  const measured = (label: string) => {
    const lines = wrapped(label)
    return { textW: Math.max(...lines.map((line) => textWidth(line, LEGEND_SIZE))), lines: lines.length }
  }
  // Each row: its text's width, its lines, and how to draw it with its left edge at x and its first line's middle at cy.
  type Row = { textW: number; lines: number; draw: (x: number, cy: number, columnW: number) => string }
  const items: Row[] = []
  for (const r of rows) {
    items.push({
      textW: textWidth(`${r.label}  ${r.count}`, LEGEND_SIZE),
      lines: 1,
      draw: (x, cy, columnW) => {
        const symbol = tierSymbol(r.tier)
        const g = symbolGeometry(symbol)
        const half = symbol.sizePx / 2
        const paint = `fill="${symbol.fill}" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.strokeWidthPx)}"${symbol.dash === null ? '' : ` stroke-dasharray="${symbol.dash}"`}`
        const shape =
          g.kind === 'circle'
            ? `<circle cx="${fmt(g.cx)}" cy="${fmt(g.cy)}" r="${fmt(g.r)}" ${paint}/>`
            : `<polygon points="${g.points}" ${paint}/>`
        const scale = symbol.sizePx > 20 ? 20 / symbol.sizePx : 1
        return (
          `<g data-legend-tier="${r.tier}" transform="translate(${fmt(x + 10 + 10 - half * scale)} ${fmt(cy - half * scale)}) scale(${String(Math.round(scale * 1000) / 1000)})">${shape}</g>` +
          text(r.label, x, cy) +
          `<text x="${fmt(x + columnW - 10)}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" text-anchor="end" fill="${STYLE.ink}" data-count="${r.count}">${r.count}</text>`
        )
      },
    })
  }
  const group = legend.group !== undefined && (drawn === null || drawn.groups === true) ? legend.group : null
  if (group !== null) {
    items.push({
      ...measured(group),
      draw: (x, cy) =>
        `<g data-legend-group="" transform="translate(${fmt(x + 20)} ${fmt(cy)}) scale(0.78)">${groupGlyphSvg({ ids: ['a', 'b', 'c'], tiers: ['3', 'unknown'], x: 0, y: 0 })}</g>` +
        text(group, x, cy),
    })
  }
  const displaced = legend.displaced !== undefined && (drawn === null || drawn.displaced === true) ? legend.displaced : null
  if (displaced !== null) {
    items.push({
      ...measured(displaced),
      draw: (x, cy) =>
        `<g data-legend-displaced=""><line x1="${fmt(x + 11)}" y1="${fmt(cy + 5)}" x2="${fmt(x + 26)}" y2="${fmt(cy - 4)}" stroke="#3b352d" stroke-width="1"/><circle cx="${fmt(x + 11)}" cy="${fmt(cy + 5)}" r="2" fill="#3b352d"/><circle cx="${fmt(x + 26)}" cy="${fmt(cy - 4)}" r="5" fill="#111111"/></g>` +
        text(displaced, x, cy),
    })
  }
  if (approximate !== null) {
    items.push({
      ...measured(approximate),
      draw: (x, cy) =>
        `<circle cx="${fmt(x + 20)}" cy="${fmt(cy)}" r="8" fill="none" stroke="${STYLE.halo}" stroke-dasharray="3 3"/>` +
        text(approximate, x, cy),
    })
  }
  const burials = legend.burials !== undefined && (drawn === null || drawn.burials === true) ? legend.burials : null
  if (burials !== null) {
    const b = BURIAL_SYMBOL
    items.push({
      ...measured(burials),
      draw: (x, cy) =>
        `<path data-legend-burials="" transform="translate(${fmt(x + 20 - b.widthPx / 2)} ${fmt(cy - b.heightPx / 2)})" d="${b.path}" fill="${b.fill}" stroke="${b.stroke}" stroke-width="${b.strokeWidthPx}"/>` +
        text(burials, x, cy),
    })
  }
  for (const line of lines) {
    items.push({
      ...measured(line.label),
      draw: (x, cy) =>
        `<g data-legend-line="${line.kind}" transform="translate(${fmt(x)} 0)">${lineSample(line.kind, cy)}</g>${text(line.label, x, cy)}`,
    })
  }
  const rowHeight = (item: Row) => rowH + (item.lines - 1) * LINE_H
  const oneColumnH = 30 + items.reduce((sum, item) => sum + rowHeight(item), 0) + 6
  const columns = oneColumnH > maxHeight && items.length > 1 ? 2 : 1
  const perColumn = Math.ceil(items.length / columns)
  // Each row's column and top, the columns filled in order.
  const placed = items.map((item, i) => ({ item, column: Math.floor(i / perColumn), top: 0 }))
  const columnH = [0, 0]
  for (const row of placed) {
    row.top = columnH[row.column] ?? 0
    columnH[row.column] = row.top + rowHeight(row.item)
  }
  const textW = Math.max(textWidth(legend.title, LEGEND_SIZE + 1) - symbolW, ...items.map((i) => i.textW))
  const columnW = Math.min(MAX_COLUMN_W, Math.ceil(symbolW + textW + 20))
  const width = columnW * columns
  const height = 30 + Math.max(...columnH) + 6
  return {
    width,
    height,
    svg: (x, y) => {
      const out: string[] = [`<g class="legend" transform="translate(${fmt(x)} ${fmt(y)})">`]
      out.push(`<rect width="${fmt(width)}" height="${fmt(height)}" rx="6" fill="#ffffff" fill-opacity="0.94" stroke="#bbbbbb"/>`)
      out.push(
        `<text x="10" y="20" font-size="${LEGEND_SIZE + 1}" font-weight="bold" fill="${STYLE.ink}">${escapeXml(legend.title)}</text>`,
      )
      for (const { item, column, top } of placed) out.push(item.draw(column * columnW, 30 + top + rowH / 2, columnW))
      out.push('</g>')
      return out.join('')
    },
  }
}
