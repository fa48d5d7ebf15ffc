import type { TierKey } from '../data/tier-key'
import { symbolGeometry, tierSymbol, type TierSymbol } from '../symbols/tier-symbol'

/** How a camp is drawn: plain, or marked as highlighted (hovered in a list) or selected. */
type SpriteState = 'plain' | 'marked'

type Sprite = { image: HTMLCanvasElement; sizePx: number; radiusPx: number }

/** Room around a symbol for the glow of a highlighted or selected camp. */
const GLOW_PX = 5

function polygonPoints(points: string): [number, number][] {
  return points.split(' ').map((pair) => {
    const [x = '0', y = '0'] = pair.split(',')
    return [Number(x), Number(y)]
  })
}

export function traceSymbol(ctx: CanvasRenderingContext2D, symbol: TierSymbol): void {
  const geometry = symbolGeometry(symbol)
  ctx.beginPath()
  if (geometry.kind === 'circle') {
    ctx.arc(geometry.cx, geometry.cy, geometry.r, 0, Math.PI * 2)
    return
  }
  polygonPoints(geometry.points).forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)))
  ctx.closePath()
}

/** The legend symbol of a tier drawn once into a small canvas, scaled for the screen. */
function drawSprite(tier: TierKey, state: SpriteState, pixelRatio: number): Sprite {
  const symbol = tierSymbol(tier)
  const sizePx = symbol.sizePx + 2 * GLOW_PX
  const image = document.createElement('canvas')
  image.width = Math.ceil(sizePx * pixelRatio)
  image.height = Math.ceil(sizePx * pixelRatio)
  const ctx = image.getContext('2d')
  if (ctx === null) throw new Error('canvas 2D context is not available')
  ctx.scale(pixelRatio, pixelRatio)
  ctx.translate(GLOW_PX, GLOW_PX)
  traceSymbol(ctx, symbol)
  if (state === 'marked') {
    ctx.shadowColor = '#ffcc00'
    ctx.shadowBlur = 6
  }
  ctx.fillStyle = symbol.fill
  ctx.fill()
  ctx.shadowBlur = 0
  ctx.setLineDash(symbol.dash === null ? [] : symbol.dash.split(' ').map(Number))
  ctx.lineWidth = symbol.strokeWidthPx
  ctx.strokeStyle = symbol.stroke
  ctx.stroke()
  return { image, sizePx, radiusPx: symbol.sizePx / 2 }
}

export type SpriteSheet = Record<TierKey, Record<SpriteState, Sprite>>

/** Every tier's symbol in every state, drawn once per layer. */
export function createSpriteSheet(pixelRatio: number): SpriteSheet {
  const both = (tier: TierKey) => ({ plain: drawSprite(tier, 'plain', pixelRatio), marked: drawSprite(tier, 'marked', pixelRatio) })
  return { '1': both('1'), '2': both('2'), '3': both('3'), '4': both('4'), unknown: both('unknown') }
}
