/**
 * A uniform grid over the points drawn on the canvas, so a click or hover finds its camp
 * by looking at 9 cells instead of every point. Pure: positions in, indexes out.
 */
export type PointGrid = {
  cellPx: number
  cols: number
  rows: number
  /** Slot indexes per cell (row-major), in drawing order. */
  cells: readonly (readonly number[] | undefined)[]
  xs: Float64Array
  ys: Float64Array
  radii: Float64Array
  count: number
}

/**
 * Buckets `count` points (pixels inside a `widthPx` × `heightPx` box) into square cells.
 * `cellPx` must be at least twice the largest radius plus tolerance, so a hit is never more
 * than one cell away from the pointer's cell.
 */
export function buildPointGrid(
  xs: Float64Array,
  ys: Float64Array,
  radii: Float64Array,
  count: number,
  widthPx: number,
  heightPx: number,
  cellPx = 32,
): PointGrid {
  const cols = Math.max(1, Math.ceil(widthPx / cellPx))
  const rows = Math.max(1, Math.ceil(heightPx / cellPx))
  const cells: (number[] | undefined)[] = new Array<number[] | undefined>(cols * rows)
  for (let slot = 0; slot < count; slot += 1) {
    const col = Math.floor((xs[slot] ?? 0) / cellPx)
    const row = Math.floor((ys[slot] ?? 0) / cellPx)
    if (col < 0 || row < 0 || col >= cols || row >= rows) continue
    const key = row * cols + col
    const cell = cells[key]
    if (cell === undefined) cells[key] = [slot]
    else cell.push(slot)
  }
  return { cellPx, cols, rows, cells, xs, ys, radii, count }
}

/**
 * The slot drawn last (so on top) whose symbol covers (x, y), allowing `tolerancePx` for
 * fingers and shaky hands; -1 when none does.
 */
export function hitTestGrid(grid: PointGrid, x: number, y: number, tolerancePx = 3): number {
  const col = Math.floor(x / grid.cellPx)
  const row = Math.floor(y / grid.cellPx)
  let best = -1
  for (let r = row - 1; r <= row + 1; r += 1) {
    if (r < 0 || r >= grid.rows) continue
    for (let c = col - 1; c <= col + 1; c += 1) {
      if (c < 0 || c >= grid.cols) continue
      for (const slot of grid.cells[r * grid.cols + c] ?? []) {
        if (slot <= best) continue
        const dx = (grid.xs[slot] ?? 0) - x
        const dy = (grid.ys[slot] ?? 0) - y
        const reach = (grid.radii[slot] ?? 0) + tolerancePx
        if (dx * dx + dy * dy <= reach * reach) best = slot
      }
    }
  }
  return best
}
