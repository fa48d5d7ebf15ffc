import type { Camp } from '../data/schema'

/** The camps drawn in the last redraw, in drawing order, in canvas pixels. */
export type DrawnSlots = { xs: Float64Array; ys: Float64Array; radii: Float64Array; camp: Int32Array; count: number }

/** Dashed halos cost a path each; beyond this many in view they are left out. */
const MAX_HALOS_IN_VIEW = 2000
const EARTH_CIRCUMFERENCE_M = 40_075_016.686

function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom)
}

/** The dashed uncertainty halos of approximately located camps, as in the DOM markers. */
export function drawHalos(ctx: CanvasRenderingContext2D, slots: DrawnSlots, camps: readonly Camp[], zoom: number): void {
  const halos: number[] = []
  for (let s = 0; s < slots.count && halos.length <= MAX_HALOS_IN_VIEW; s += 1) {
    const camp = camps[slots.camp[s] ?? 0]
    if (camp && camp.locationPrecision !== 'settlement' && camp.uncertaintyKm > 0) halos.push(s)
  }
  if (halos.length === 0 || halos.length > MAX_HALOS_IN_VIEW) return
  ctx.beginPath()
  for (const s of halos) {
    const camp = camps[slots.camp[s] ?? 0]
    if (!camp) continue
    const x = slots.xs[s] ?? 0
    const y = slots.ys[s] ?? 0
    const r = (camp.uncertaintyKm * 1000) / metresPerPixel(camp.lngLat[1], zoom)
    ctx.moveTo(x + r, y)
    ctx.arc(x, y, r, 0, Math.PI * 2)
  }
  ctx.fillStyle = 'rgba(107, 79, 42, 0.06)'
  ctx.fill()
  ctx.setLineDash([5, 5])
  ctx.lineWidth = 1.2
  ctx.strokeStyle = '#6b4f2a'
  ctx.stroke()
  ctx.setLineDash([])
}

/**
 * Thin leader lines from displaced markers (`displaced`: camp index → world pixels of the
 * marker at zoom 0, times `scale`) to their camps' true positions (`anchor`, canvas pixels), each ending in a dot.
 */
export function drawLeaders(
  ctx: CanvasRenderingContext2D,
  displaced: ReadonlyMap<number, { x: number; y: number }>,
  scale: number,
  drawn: (i: number) => boolean,
  anchor: (i: number) => [number, number],
  ox: number,
  oy: number,
): void {
  if (displaced.size === 0) return
  ctx.save()
  ctx.strokeStyle = 'rgba(59, 53, 45, 0.85)'
  ctx.fillStyle = '#3b352d'
  ctx.lineWidth = 1
  ctx.beginPath()
  for (const [i, at] of displaced) {
    if (!drawn(i)) continue
    const [x, y] = anchor(i)
    ctx.moveTo(at.x * scale - ox, at.y * scale - oy)
    ctx.lineTo(x, y)
  }
  ctx.stroke()
  for (const [i] of displaced) {
    if (!drawn(i)) continue
    const [x, y] = anchor(i)
    ctx.beginPath()
    ctx.arc(x, y, 2, 0, Math.PI * 2)
    ctx.fill()
  }
  ctx.restore()
}
