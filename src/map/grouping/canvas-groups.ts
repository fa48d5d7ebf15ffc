import { GROUP_PX } from './marker-sizes'

/** A group marker on the canvas, as the DOM one: a stacked disc with its number of camps. */
export function drawGroupDisc(ctx: CanvasRenderingContext2D, x: number, y: number, count: number, highlighted: boolean): void {
  const r = GROUP_PX / 2 - 1
  ctx.lineWidth = 2
  ctx.strokeStyle = '#111111'
  ctx.fillStyle = '#ffffff'
  ctx.beginPath()
  ctx.arc(x + 3, y - 3, r, 0, Math.PI * 2)
  ctx.fill()
  ctx.stroke()
  ctx.beginPath()
  ctx.arc(x, y, r, 0, Math.PI * 2)
  ctx.fill()
  ctx.stroke()
  if (highlighted) {
    ctx.strokeStyle = '#ffcc00'
    ctx.lineWidth = 3
    ctx.beginPath()
    ctx.arc(x, y, r + 3, 0, Math.PI * 2)
    ctx.stroke()
  }
  ctx.fillStyle = '#111111'
  ctx.font = `700 ${count >= 1000 ? 9 : 11}px system-ui, sans-serif`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(count >= 10_000 ? `${Math.floor(count / 1000)}k` : String(count), x, y + 0.5)
}
