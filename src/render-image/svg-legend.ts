import { symbolGeometry, tierSymbol } from '../symbols/tier-symbol'
import { escapeXml, fmt, textWidth } from './svg-text'
import { LEGEND_SIZE, STYLE } from './svg-style'
import type { ImageLegend } from './types'

/** The legend box of the image: its size, and its SVG at a position. */
export type LegendLayout = { width: number; height: number; svg: (x: number, y: number) => string }

export function legendLayout(legend: ImageLegend): LegendLayout {
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
