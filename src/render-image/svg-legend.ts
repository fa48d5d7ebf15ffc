import { symbolGeometry, tierSymbol } from '../symbols/tier-symbol'
import type { TierKey } from '../data/tier-key'
import { escapeXml, fmt, textWidth } from './svg-text'
import { LEGEND_SIZE, STYLE } from './svg-style'
import type { ImageKeyLine, ImageLegend } from './types'

/** The legend box of the image: its size, and its SVG at a position. */
export type LegendLayout = { width: number; height: number; svg: (x: number, y: number) => string }

/** What the image draws: the key lists exactly these. */
type DrawnItems = { tiers: ReadonlySet<TierKey>; approximate: boolean; lines: ReadonlySet<ImageKeyLine> }

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

/** The key of what is drawn (or, before drawing, of what may be: `drawn` null lists every row the legend has). */
export function legendLayout(legend: ImageLegend, drawn: DrawnItems | null): LegendLayout {
  const rowH = 22
  const symbolW = 30
  const rows = legend.rows.filter((r) => (drawn === null ? r.count > 0 : drawn.tiers.has(r.tier)))
  const approximate = legend.approximate !== null && (drawn === null || drawn.approximate) ? legend.approximate : null
  const lines = LINE_ORDER.flatMap((kind) => {
    const label = legend.lines[kind]
    return label !== undefined && (drawn === null || drawn.lines.has(kind)) ? [{ kind, label }] : []
  })
  const texts = [...rows.map((r) => `${r.label}  ${r.count}`), approximate ?? '', ...lines.map((l) => l.label)]
  const textW = Math.max(textWidth(legend.title, LEGEND_SIZE + 1), ...texts.map((s) => textWidth(s, LEGEND_SIZE)))
  const width = Math.min(380, Math.ceil(symbolW + textW + 20))
  const count = rows.length + (approximate === null ? 0 : 1) + lines.length
  const height = 30 + count * rowH + 6
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
      const text = (label: string, cy: number) =>
        `<text x="${symbolW + 8}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" fill="${STYLE.ink}">${escapeXml(label)}</text>`
      for (const r of rows) {
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
        out.push(text(r.label, cy))
        out.push(
          `<text x="${fmt(width - 10)}" y="${fmt(cy + 4)}" font-size="${LEGEND_SIZE}" text-anchor="end" fill="${STYLE.ink}" data-count="${r.count}">${r.count}</text>`,
        )
        row += 1
      }
      if (approximate !== null) {
        const cy = rowY()
        out.push(`<circle cx="20" cy="${fmt(cy)}" r="8" fill="none" stroke="${STYLE.halo}" stroke-dasharray="3 3"/>`)
        out.push(text(approximate, cy))
        row += 1
      }
      for (const line of lines) {
        const cy = rowY()
        out.push(`<g data-legend-line="${line.kind}">${lineSample(line.kind, cy)}${text(line.label, cy)}</g>`)
        row += 1
      }
      out.push('</g>')
      return out.join('')
    },
  }
}
