import type { TierKey } from '../../data/tier-key'
import { GROUP_FILL, GROUP_GLYPH_PX, GROUP_STROKE, groupCountText, groupSizePx } from '../../symbols/group-symbol'
import { tierSymbol } from '../../symbols/tier-symbol'
import { traceSymbol } from '../canvas-sprites'

function roundedSquare(ctx: CanvasRenderingContext2D, x: number, y: number, side: number, r: number): void {
  const left = x - side / 2
  const top = y - side / 2
  ctx.beginPath()
  ctx.roundRect(left, top, side, side, r)
}

/** A group marker on the canvas, as the DOM one: a rounded square with its tiers' glyphs and "×n". */
export function drawGroupTile(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  count: number,
  tiers: readonly TierKey[],
  highlighted: boolean,
): void {
  const side = groupSizePx(tiers) - 1.5
  if (highlighted) {
    ctx.strokeStyle = '#ffcc00'
    ctx.lineWidth = 3
    roundedSquare(ctx, x, y, side + 6, 8)
    ctx.stroke()
  }
  ctx.fillStyle = GROUP_FILL
  ctx.strokeStyle = GROUP_STROKE
  ctx.lineWidth = 1.5
  roundedSquare(ctx, x, y, side, 6)
  ctx.fill()
  ctx.stroke()
  const g = GROUP_GLYPH_PX
  const rowWidth = tiers.length * g + (tiers.length - 1)
  tiers.forEach((tier, i) => {
    const symbol = tierSymbol(tier)
    const scale = g / symbol.sizePx
    ctx.save()
    ctx.translate(x - rowWidth / 2 + i * (g + 1), y - g + 0.5)
    ctx.scale(scale, scale)
    traceSymbol(ctx, symbol)
    ctx.fillStyle = symbol.fill
    ctx.fill()
    ctx.lineWidth = symbol.strokeWidthPx
    ctx.strokeStyle = symbol.stroke
    ctx.stroke()
    ctx.restore()
  })
  ctx.fillStyle = '#3b352d'
  ctx.font = '600 9px system-ui, sans-serif'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(groupCountText(count), x, y + 5.5)
}
