/**
 * Label placement without collisions: a pure module (no DOM, no Leaflet), so it is unit
 * tested and deterministic. Every label of the map (camp names and numbers, towns, the
 * filtered region's name) goes through `placeLabels` in one pass.
 *
 * Greedy by priority: candidates are taken from the highest priority down (ties keep the
 * input order); each tries its variants (e.g. "12 Chita", then "12") at each of its
 * positions (right, left, above, below, the four diagonals, or centred) and takes the
 * first box that stays inside the bounds and overlaps no obstacle and no label already
 * placed. A uniform grid of boxes keeps the overlap test near O(1) per try.
 */

type LabelKind = 'camp' | 'town' | 'region'
export type LabelPosition = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left' | 'center'

export type Box = { left: number; top: number; right: number; bottom: number }
export type Point = { x: number; y: number }

/** One way of writing a label: its text and its measured size in pixels. */
type LabelVariant = { text: string; width: number; height: number }

export type LabelCandidate = {
  id: string
  kind: LabelKind
  /** The labelled place in container pixels (a marker's or a town dot's centre). */
  anchor: Point
  /** The preferred text first, shorter fall-backs after it (at least one). */
  variants: readonly LabelVariant[]
  /** Higher first. */
  priority: number
  /** Pixels between the anchor and the label's nearest edge (e.g. the marker's radius + 2). */
  gap?: number
  /** Positions to try, in order; default right, left, above, below. */
  positions?: readonly LabelPosition[]
  /**
   * Half the side of a square around the anchor reserved when the label is placed: a town
   * dot drawn only with its label. 0 (default) for camps, whose markers are obstacles
   * already. Where that square is taken (a camp marker on the town) or outside the bounds,
   * the label is dropped: no name without its dot.
   */
  anchorRadius?: number
}

/** Something labels must not cover: a marker, an overlay, a town dot. */
export type Obstacle = {
  box: Box
  /** A candidate with this id may touch it (its own marker). */
  owner?: string
}

export type PlacedLabel = {
  id: string
  kind: LabelKind
  text: string
  /** Index of the variant used (0 = preferred). */
  variant: number
  position: LabelPosition
  box: Box
  /** Whether the anchor's square (anchorRadius) was free and is reserved: draw the dot. */
  dot: boolean
}

export type Placement = { placed: PlacedLabel[]; dropped: string[] }

export type PlaceOptions = {
  /** Labels must lie inside this box (the map's visible area); default unbounded. */
  bounds?: Box
  /** Extra free space kept around every placed label, in pixels; default 1. */
  padding?: number
}

const DEFAULT_POSITIONS: readonly LabelPosition[] = ['right', 'left', 'above', 'below']
const CELL_PX = 64

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

function inflate(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by }
}

function inside(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.top >= bounds.top && box.right <= bounds.right && box.bottom <= bounds.bottom
}

/** The box of a label of `size` at `position` around `anchor`, `gap` pixels away. */
export function labelBoxAt(anchor: Point, size: { width: number; height: number }, position: LabelPosition, gap: number): Box {
  const { width: w, height: h } = size
  switch (position) {
    case 'right':
      return { left: anchor.x + gap, top: anchor.y - h / 2, right: anchor.x + gap + w, bottom: anchor.y + h / 2 }
    case 'left':
      return { left: anchor.x - gap - w, top: anchor.y - h / 2, right: anchor.x - gap, bottom: anchor.y + h / 2 }
    case 'above':
      return { left: anchor.x - w / 2, top: anchor.y - gap - h, right: anchor.x + w / 2, bottom: anchor.y - gap }
    case 'below':
      return { left: anchor.x - w / 2, top: anchor.y + gap, right: anchor.x + w / 2, bottom: anchor.y + gap + h }
    case 'above-right':
      return { left: anchor.x + gap, top: anchor.y - gap - h, right: anchor.x + gap + w, bottom: anchor.y - gap }
    case 'below-right':
      return { left: anchor.x + gap, top: anchor.y + gap, right: anchor.x + gap + w, bottom: anchor.y + gap + h }
    case 'above-left':
      return { left: anchor.x - gap - w, top: anchor.y - gap - h, right: anchor.x - gap, bottom: anchor.y - gap }
    case 'below-left':
      return { left: anchor.x - gap - w, top: anchor.y + gap, right: anchor.x - gap, bottom: anchor.y + gap + h }
    case 'center':
      return { left: anchor.x - w / 2, top: anchor.y - h / 2, right: anchor.x + w / 2, bottom: anchor.y + h / 2 }
  }
}

type Entry = { box: Box; owner: string | undefined }

/** A uniform grid of boxes: each box is listed in every cell it touches. */
class BoxGrid {
  private readonly cells = new Map<string, Entry[]>()

  private *keys(box: Box): Generator<string> {
    const x0 = Math.floor(box.left / CELL_PX)
    const x1 = Math.floor(box.right / CELL_PX)
    const y0 = Math.floor(box.top / CELL_PX)
    const y1 = Math.floor(box.bottom / CELL_PX)
    for (let x = x0; x <= x1; x += 1) for (let y = y0; y <= y1; y += 1) yield `${x},${y}`
  }

  add(box: Box, owner?: string): void {
    const entry = { box, owner }
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key)
      if (cell) cell.push(entry)
      else this.cells.set(key, [entry])
    }
  }

  /** Whether `box` overlaps any stored box not owned by `ignoreOwner`. */
  hits(box: Box, ignoreOwner: string): boolean {
    for (const key of this.keys(box)) {
      for (const entry of this.cells.get(key) ?? []) {
        if (entry.owner === ignoreOwner) continue
        if (boxesOverlap(box, entry.box)) return true
      }
    }
    return false
  }
}

function isFinitePoint(p: Point): boolean {
  return Number.isFinite(p.x) && Number.isFinite(p.y)
}

/**
 * Places the candidates that fit. Deterministic: the same input gives the same output.
 * Returns the placed labels in placement order (highest priority first) and the ids of
 * the dropped ones.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Obstacle[], options: PlaceOptions = {}): Placement {
  const padding = options.padding ?? 1
  const grid = new BoxGrid()
  for (const o of obstacles) grid.add(o.box, o.owner)
  const order = candidates.map((c, index) => ({ c, index })).sort((a, b) => b.c.priority - a.c.priority || a.index - b.index)
  const placed: PlacedLabel[] = []
  const dropped: string[] = []
  for (const { c } of order) {
    const result = isFinitePoint(c.anchor) ? tryPlace(c, grid, padding, options.bounds) : null
    if (result === null) {
      dropped.push(c.id)
      continue
    }
    // Placed labels keep no owner: no later label, not even one with the same id, may cover them.
    grid.add(inflate(result.box, padding))
    const r = c.anchorRadius ?? 0
    if (result.dot) grid.add({ left: c.anchor.x - r, top: c.anchor.y - r, right: c.anchor.x + r, bottom: c.anchor.y + r })
    placed.push(result)
  }
  return { placed, dropped }
}

function tryPlace(c: LabelCandidate, grid: BoxGrid, padding: number, bounds: Box | undefined): PlacedLabel | null {
  const r = c.anchorRadius ?? 0
  const square = { left: c.anchor.x - r, top: c.anchor.y - r, right: c.anchor.x + r, bottom: c.anchor.y + r }
  const dot = r > 0 && !grid.hits(square, c.id) && (bounds === undefined || inside(square, bounds))
  // No label without its dot: a town whose dot is covered (a camp marker on it) or outside
  // the view is not named, so that no name floats away from its place.
  if (r > 0 && !dot) return null
  const positions = c.positions ?? DEFAULT_POSITIONS
  const gap = c.gap ?? 0
  const gaps = [gap]
  for (const [variant, size] of c.variants.entries()) {
    if (!(size.width > 0 && size.height > 0)) continue
    for (const g of gaps) {
      for (const position of positions) {
        const box = labelBoxAt(c.anchor, size, position, g)
        if (bounds !== undefined && !inside(box, bounds)) continue
        if (grid.hits(inflate(box, padding), c.id)) continue
        if (dot && boxesOverlap(inflate(box, padding), square)) continue
        return { id: c.id, kind: c.kind, text: size.text, variant, position, box, dot }
      }
    }
  }
  return null
}
