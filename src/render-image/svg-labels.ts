import { tierSymbol } from '../symbols/tier-symbol'
import { crossings, type Segment } from './label-obstacles'
import type { Rect } from './projection'
import { inside, overlaps, type Box } from './svg-geometry'
import { LABEL_SIZE } from './svg-style'
import { escapeXml, fmt, textWidth } from './svg-text'
import type { ImageCamp } from './types'

/** A camp where the image draws it: its centre and half its symbol's size. */
export type Placed = { camp: ImageCamp; x: number; y: number; half: number }

/** The camp's symbol box at a point. */
export const symbolBox = (p: Placed): Box => ({ left: p.x - p.half, top: p.y - p.half, right: p.x + p.half, bottom: p.y + p.half })

/** Line weights against labels: a label may cross a railway rather than the BAM line it names. */
export const LINE_WEIGHT = { bam: 4, railways: 2, ussr: 1 } as const

/**
 * Labels by the map's rules: larger camps (and the open one) first; each takes the side where
 * it covers no other label, no marker, no key or inset, and crosses the fewest lines; else
 * only its number; else none.
 */
export function placeLabels(
  placed: readonly Placed[],
  selectedId: string | null,
  area: Rect,
  blocked: Box[],
  lines: readonly { segments: readonly Segment[]; weight: number }[],
): { id: string; svg: string }[] {
  const symbols = placed.map((p) => ({ id: p.camp.id, box: symbolBox(p) }))
  const order = [...placed].sort(
    (a, b) =>
      Number(b.camp.id === selectedId) - Number(a.camp.id === selectedId) ||
      tierSymbol(b.camp.tier).priority - tierSymbol(a.camp.tier).priority ||
      a.camp.number - b.camp.number ||
      (a.camp.id < b.camp.id ? -1 : 1),
  )
  const out: { id: string; svg: string }[] = []
  for (const { camp, x, y, half } of order) {
    let chosen: { box: Box; anchor: 'start' | 'end'; tx: number; text: string; cost: number } | null = null
    for (const text of [camp.label, String(camp.number)]) {
      const w = textWidth(text, LABEL_SIZE) + 4
      const h = LABEL_SIZE + 4
      const d = half * 0.7 + 2
      const sides: { box: Box; anchor: 'start' | 'end'; tx: number }[] = [
        { box: { left: x + half + 3, top: y - h / 2, right: x + half + 3 + w, bottom: y + h / 2 }, anchor: 'start', tx: x + half + 5 },
        { box: { left: x - half - 3 - w, top: y - h / 2, right: x - half - 3, bottom: y + h / 2 }, anchor: 'end', tx: x - half - 5 },
        { box: { left: x - w / 2, top: y - half - 2 - h, right: x + w / 2, bottom: y - half - 2 }, anchor: 'start', tx: x - w / 2 + 2 },
        { box: { left: x - w / 2, top: y + half + 2, right: x + w / 2, bottom: y + half + 2 + h }, anchor: 'start', tx: x - w / 2 + 2 },
        { box: { left: x + d, top: y - d - h, right: x + d + w, bottom: y - d }, anchor: 'start', tx: x + d + 2 },
        { box: { left: x + d, top: y + d, right: x + d + w, bottom: y + d + h }, anchor: 'start', tx: x + d + 2 },
        { box: { left: x - d - w, top: y - d - h, right: x - d, bottom: y - d }, anchor: 'end', tx: x - d - 2 },
        { box: { left: x - d - w, top: y + d, right: x - d, bottom: y + d + h }, anchor: 'end', tx: x - d - 2 },
      ]
      for (const side of sides) {
        if (!inside(side.box, area) || blocked.some((b) => overlaps(b, side.box))) continue
        if (symbols.some((o) => o.id !== camp.id && overlaps(o.box, side.box))) continue
        const cost = lines.reduce((sum, line) => sum + line.weight * crossings(line.segments, side.box), 0)
        if (chosen === null || cost < chosen.cost) chosen = { ...side, text, cost }
        if (cost === 0) break
      }
      // The whole name unless it would cross the BAM line and the number alone would not.
      if (chosen !== null && chosen.cost < LINE_WEIGHT.bam) break
    }
    if (chosen === null) continue
    blocked.push(chosen.box)
    const h = LABEL_SIZE + 4
    const ty = chosen.box.top + h / 2 + LABEL_SIZE * 0.36
    out.push({
      id: camp.id,
      svg: `<text data-label-for="${escapeXml(camp.id)}" x="${fmt(chosen.tx)}" y="${fmt(ty)}" font-size="${LABEL_SIZE}" text-anchor="${chosen.anchor}" fill="${tierSymbol(camp.tier).labelColor}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(chosen.text)}</text>`,
    })
  }
  return out
}
