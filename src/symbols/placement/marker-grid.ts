/**
 * The spatial index of the placement model (place-markers.ts): placed marker boxes in a
 * uniform grid of `sep`-pixel cells, so that "is this place free" and "which marker is
 * nearest" read a few cells, never every marker. Pure.
 */

/** A placed marker as the grid sees it: a square box of `sep` centred at (x, y). */
export type GridItem = { x: number; y: number }

/** Offsets on a lattice of `step` within `radius`, nearest first (ties in a fixed order). */
const offsetCache = new Map<string, Int32Array>()
export function offsetsWithin(radius: number, step: number): Int32Array {
  const key = `${radius}/${step}`
  const cached = offsetCache.get(key)
  if (cached !== undefined) return cached
  const n = Math.floor(radius / step)
  // Each lattice point as one sortable number: its squared distance in steps first, then
  // right before left, then below before above (a fixed order, so results are stable). A
  // typed array of numbers sorts without a comparator: the first placement of the start-up
  // spent most of its time in this sort when it compared arrays (issue 21).
  const side = 2 * n + 1
  const keys: number[] = []
  for (let j = -n; j <= n; j += 1) {
    for (let i = -n; i <= n; i += 1) {
      if (i === 0 && j === 0) continue
      if ((i * step) ** 2 + (j * step) ** 2 > radius * radius) continue
      keys.push((i * i + j * j) * side * side + (n - i) * side + (n - j))
    }
  }
  const sorted = Float64Array.from(keys).sort()
  const out = new Int32Array(sorted.length * 2)
  sorted.forEach((k, index) => {
    const within = k % (side * side)
    out[2 * index] = (n - Math.floor(within / side)) * step
    out[2 * index + 1] = (n - (within % side)) * step
  })
  offsetCache.set(key, out)
  return out
}

/**
 * A small-integer key per cell (cells 2^15 apart share keys harmlessly: distances are
 * checked), so that the keys stay small integers and cost no allocation.
 */
function cellKey(cx: number, cy: number): number {
  return (cx & 0xffff) * 0x8000 + (cy & 0x7fff)
}

/** Placed boxes by cell; items are only ever added (their x and y may not change once added). */
export class MarkerGrid<T extends GridItem> {
  readonly items: T[] = []
  private readonly cells = new Map<number, number[]>()
  private readonly local: T[] = []
  private readonly sep: number
  constructor(sep: number) {
    this.sep = sep
  }

  cellOf(x: number, y: number): number {
    return cellKey(Math.floor(x / this.sep), Math.floor(y / this.sep))
  }

  add(item: T): number {
    const index = this.items.length
    this.items.push(item)
    const key = this.cellOf(item.x, item.y)
    const list = this.cells.get(key)
    if (list === undefined) this.cells.set(key, [index])
    else list.push(index)
    return index
  }

  /** Calls `visit` with the index of every item in the cells within `radius` of (x, y). */
  private forEachNear(x: number, y: number, radius: number, visit: (index: number, item: T) => void): void {
    const sep = this.sep
    const c0x = Math.floor((x - radius) / sep)
    const c1x = Math.floor((x + radius) / sep)
    const c0y = Math.floor((y - radius) / sep)
    const c1y = Math.floor((y + radius) / sep)
    for (let cy = c0y; cy <= c1y; cy += 1) {
      for (let cx = c0x; cx <= c1x; cx += 1) {
        const list = this.cells.get(cellKey(cx, cy))
        if (list === undefined) continue
        for (const i of list) {
          const item = this.items[i]
          if (item !== undefined) visit(i, item)
        }
      }
    }
  }

  /** Whether a box at (x, y) overlaps no item's box. */
  isFree(x: number, y: number): boolean {
    const sep = this.sep
    const cx = Math.floor(x / sep)
    const cy = Math.floor(y / sep)
    for (let dy = -1; dy <= 1; dy += 1) {
      for (let dx = -1; dx <= 1; dx += 1) {
        const list = this.cells.get(cellKey(cx + dx, cy + dy))
        if (list === undefined) continue
        for (const i of list) {
          const m = this.items[i]
          if (m !== undefined && Math.abs(m.x - x) < sep && Math.abs(m.y - y) < sep) return false
        }
      }
    }
    return true
  }

  /** The nearest free place on the lattice `offsets` (within `radius`) around (x, y) that `allowed` accepts, or null. */
  freeNear(
    x: number,
    y: number,
    offsets: Int32Array,
    radius: number,
    allowed: (x: number, y: number) => boolean = () => true,
  ): { x: number; y: number } | null {
    const sep = this.sep
    const reach = radius + sep
    // The items that could overlap any candidate: each candidate is checked against this
    // short list only.
    const local = this.local
    local.length = 0
    const c0x = Math.floor((x - reach) / sep)
    const c1x = Math.floor((x + reach) / sep)
    const c0y = Math.floor((y - reach) / sep)
    const c1y = Math.floor((y + reach) / sep)
    for (let cy = c0y; cy <= c1y; cy += 1) {
      for (let cx = c0x; cx <= c1x; cx += 1) {
        const list = this.cells.get(cellKey(cx, cy))
        if (list === undefined) continue
        for (const i of list) {
          const m = this.items[i]
          if (m !== undefined && Math.abs(m.x - x) < reach && Math.abs(m.y - y) < reach) local.push(m)
        }
      }
    }
    for (let k = 0; k < offsets.length; k += 2) {
      const px = x + (offsets[k] ?? 0)
      const py = y + (offsets[k + 1] ?? 0)
      let free = true
      for (const m of local) {
        if (Math.abs(m.x - px) < sep && Math.abs(m.y - py) < sep) {
          free = false
          break
        }
      }
      if (free && allowed(px, py)) return { x: px, y: py }
    }
    return null
  }

  /** The index of the nearest item that `accept`s, closer than `radius` on both axes; -1 if none. */
  nearest(x: number, y: number, radius: number, accept: (item: T) => boolean): number {
    let best = -1
    let bestD = Infinity
    this.forEachNear(x, y, radius, (i, m) => {
      const d = Math.max(Math.abs(m.x - x), Math.abs(m.y - y))
      if (d < radius && (d < bestD || (d === bestD && i < best)) && accept(m)) {
        best = i
        bestD = d
      }
    })
    return best
  }

  /** The nearest accepted item however far: a scan of every item (a last resort). */
  nearestAnywhere(x: number, y: number, accept: (item: T) => boolean): number {
    let best = -1
    let bestD = Infinity
    this.items.forEach((m, i) => {
      const d = Math.max(Math.abs(m.x - x), Math.abs(m.y - y))
      if (d < bestD && accept(m)) {
        best = i
        bestD = d
      }
    })
    return best
  }
}
