import type { TierKey } from '../../data/tier-key'
import { MarkerGrid, offsetsWithin } from './marker-grid'

/**
 * Where the map (and the image) draws each camp's marker: the one placement model shared by
 * the DOM markers, the canvas and the image export. Pure: pixel positions in, markers out
 * (no Leaflet, no DOM).
 *
 * Camps are placed in the ministry legend's tier order (1, 2, 3, 4, not established; then
 * the catalogue order), the selected camp first. Every marker has a square box of
 * `separationPx` (at least every hit box), and no two boxes overlap: two markers are at
 * least `separationPx` apart on one axis.
 *
 * - A camp whose box is free is drawn at its own place.
 * - A tier-1 or tier-2 camp is never grouped: where its box is taken it is displaced to the
 *   nearest free place (cartographic displacement, drawn with a leader line to its true
 *   position), up to `maxDisplacePx` away.
 * - A camp of a lower tier is displaced where there is room close by (`roomPx`), else it
 *   joins the group or lower-tier marker over its place (a single becomes a group in place).
 *   Where only tier-1/2 markers cover its place, it is displaced up to 2.5 boxes, else it
 *   joins the nearest group or lower-tier marker.
 * - The selected camp is always drawn on its own, at its own place, and takes nobody.
 *
 * Only where more camps crowd a place than there is room for within `maxDisplacePx` (tens of
 * thousands of points on one screen) does a camp join the nearest marker whatever its tier.
 * A uniform grid of `separationPx` cells answers "what is near": no pair of camps is compared.
 */

export type PlacementInput = {
  id: string
  /** Pixels at the current zoom (world or container: only differences matter). */
  x: number
  y: number
  tier: TierKey
  /** The catalogue order, for ties within a tier. */
  order: number
}

export type PlacedSingle = {
  kind: 'single'
  id: string
  tier: TierKey
  /** Where the marker is drawn. */
  x: number
  y: number
  /** The camp's true position: a displaced marker's leader line ends here. */
  anchorX: number
  anchorY: number
  displaced: boolean
}

type PlacedGroup = {
  kind: 'group'
  /** Members in placement order (tier, then catalogue order). */
  ids: string[]
  /** The members' tiers, each once, in legend order. */
  tiers: TierKey[]
  /** How many members of each tier, in the order of `tiers`. */
  tierCounts: number[]
  x: number
  y: number
  /** Not at the place of its first member. */
  displaced: boolean
}

export type PlacedMarker = PlacedSingle | PlacedGroup

export type PlacementOptions = {
  /** The side of the largest marker box, in pixels. */
  separationPx: number
  selectedId: string | null
  /**
   * Camps placed like tier 1 and 2 whatever their tier, right after the selected camp: never
   * grouped, displaced with a leader where their place is taken (the other camps of a link).
   */
  pinnedIds?: ReadonlySet<string>
  /** How far a tier-1/2 camp may be displaced (default 6 boxes). */
  maxDisplacePx?: number
  /** How far a lower-tier camp is displaced before it is grouped (default 1.5 boxes). */
  roomPx?: number
  /**
   * Rectangles (the legend, panels, controls) in the points' pixels: a marker is never
   * displaced into one (a camp whose own place is under one stays there).
   */
  obstacles?: readonly Rect[]
  /** The view, in the points' pixels: a camp inside it is never displaced out of it. */
  view?: Rect
}

type Rect = { left: number; top: number; right: number; bottom: number }

const APPROXIMATE_ABOVE = 500
const LOWER_REACH = 2.5
const TIER_RANK: Readonly<Record<TierKey, number>> = { '1': 0, '2': 1, '3': 2, '4': 3, unknown: 4 }
const LEGEND_ORDER: readonly TierKey[] = ['1', '2', '3', '4', 'unknown']

/** Tiers 1 and 2 (over 10,000 detained) are never grouped. */
export function isNeverGrouped(tier: TierKey): boolean {
  return tier === '1' || tier === '2'
}

type Slot = { point: PlacementInput; selected: boolean; pinned: boolean }

/** A marker being placed: one member is a single, more a group. Its x and y never change. */
type Working = { x: number; y: number; members: Slot[]; displaced: boolean }

function compareSlots(a: Slot, b: Slot): number {
  return (
    Number(b.selected) - Number(a.selected) ||
    Number(b.pinned) - Number(a.pinned) ||
    TIER_RANK[a.point.tier] - TIER_RANK[b.point.tier] ||
    a.point.order - b.point.order ||
    (a.point.id < b.point.id ? -1 : a.point.id > b.point.id ? 1 : 0)
  )
}

/** Places the camps; the result lists markers in placement order (the selected camp first, then by tier). */
export function placeMarkers(points: readonly PlacementInput[], options: PlacementOptions): PlacedMarker[] {
  const sep = options.separationPx
  if (!(sep > 0)) throw new Error('separationPx must be positive')
  // Above APPROXIMATE_ABOVE points (the canvas), displacement reaches 2 boxes instead of 6 on
  // a coarser lattice, and, markers being only ever added, a cell from which a search found
  // no room is not searched again: its later camps join where the first one joined. Exact
  // below that.
  const approximate = points.length > APPROXIMATE_ABOVE
  const maxDisplace = options.maxDisplacePx ?? (approximate ? 2 : 6) * sep
  const room = options.roomPx ?? 1.5 * sep
  const far = offsetsWithin(maxDisplace, Math.max(1, Math.round(sep / (approximate ? 2 : 4))))
  const near = offsetsWithin(room, Math.max(1, Math.round(sep / 2)))
  const lowerFar = offsetsWithin(Math.min(maxDisplace, LOWER_REACH * sep), Math.max(1, Math.round(sep / (approximate ? 2 : 4))))
  const slots = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .map((point): Slot => ({ point, selected: point.id === options.selectedId, pinned: options.pinnedIds?.has(point.id) ?? false }))
    .sort(compareSlots)
  // At most one selected camp: the first of the same id.
  let seenSelected = false
  for (const s of slots) {
    if (s.selected && seenSelected) s.selected = false
    if (s.selected) seenSelected = true
  }

  const half = sep / 2
  const obstacles = options.obstacles ?? []
  const view = options.view
  /** Whether the camp being placed lies in the view: then its marker stays in it. */
  let inView = false
  const clear = (px: number, py: number): boolean =>
    (!inView ||
      (view !== undefined && px - half >= view.left && px + half <= view.right && py - half >= view.top && py + half <= view.bottom)) &&
    obstacles.every((o) => px + half <= o.left || px - half >= o.right || py + half <= o.top || py - half >= o.bottom)
  const grid = new MarkerGrid<Working>(sep)
  const crowded = new Set<number>()
  const full = new Map<number, number>()
  const lowerJoinable = (m: Working): boolean =>
    m.members.length > 1 || (!m.members[0]?.selected && !m.members[0]?.pinned && !isNeverGrouped(m.members[0]?.point.tier ?? 'unknown'))
  const anyJoinable = (m: Working): boolean => m.members.length > 1 || m.members[0]?.selected !== true

  function join(index: number, slot: Slot): void {
    grid.items[index]?.members.push(slot)
  }
  function place(slot: Slot, x: number, y: number): void {
    grid.add({ x, y, members: [slot], displaced: x !== slot.point.x || y !== slot.point.y })
  }

  for (const slot of slots) {
    const { x, y, tier } = slot.point
    if (slot.selected || grid.isFree(x, y)) {
      place(slot, x, y)
      continue
    }
    const cell = grid.cellOf(x, y)
    inView = view !== undefined && x >= view.left && x <= view.right && y >= view.top && y <= view.bottom
    const lower = !isNeverGrouped(tier) && !slot.pinned
    if (lower) {
      const close = crowded.has(cell) ? null : grid.freeNear(x, y, near, room, clear)
      if (close !== null) {
        place(slot, close.x, close.y)
        continue
      }
      if (approximate) crowded.add(cell)
      const over = grid.nearest(x, y, sep, lowerJoinable)
      if (over >= 0) {
        join(over, slot)
        continue
      }
    }
    const joined = full.get(cell)
    if (joined !== undefined) {
      join(joined, slot)
      continue
    }
    // A lower tier blocked only by tier-1/2 markers goes no further than LOWER_REACH boxes:
    // beyond that it joins a group near it rather than draw a long leader.
    const spot = lower
      ? grid.freeNear(x, y, lowerFar, Math.min(maxDisplace, LOWER_REACH * sep), clear)
      : grid.freeNear(x, y, far, maxDisplace, clear)
    // A tier-1/2 camp with no room clear of the overlays and the view's edges goes where there
    // is room at all: never grouped outranks never under an overlay.
    const anywhere = spot === null && !lower && (obstacles.length > 0 || view !== undefined) ? grid.freeNear(x, y, far, maxDisplace) : spot
    if (anywhere !== null) {
      place(slot, anywhere.x, anywhere.y)
      continue
    }
    // Over capacity: more camps here than room within maxDisplacePx.
    let target = lower ? grid.nearest(x, y, maxDisplace + sep, lowerJoinable) : -1
    if (target < 0) target = grid.nearest(x, y, sep, anyJoinable)
    if (target < 0) target = grid.nearest(x, y, maxDisplace + sep, anyJoinable)
    if (target < 0) target = grid.nearestAnywhere(x, y, anyJoinable)
    if (target < 0) {
      place(slot, x, y)
      continue
    }
    join(target, slot)
    if (approximate) full.set(cell, target)
  }

  return grid.items.map((m): PlacedMarker => {
    const first = m.members[0]?.point ?? { id: '', x: m.x, y: m.y, tier: 'unknown', order: 0 }
    if (m.members.length === 1) {
      return { kind: 'single', id: first.id, tier: first.tier, x: m.x, y: m.y, anchorX: first.x, anchorY: first.y, displaced: m.displaced }
    }
    const counts = new Map<TierKey, number>()
    for (const s of m.members) counts.set(s.point.tier, (counts.get(s.point.tier) ?? 0) + 1)
    const tiers = LEGEND_ORDER.filter((t) => counts.has(t))
    return {
      kind: 'group',
      ids: m.members.map((s) => s.point.id),
      tiers,
      tierCounts: tiers.map((t) => counts.get(t) ?? 0),
      x: m.x,
      y: m.y,
      displaced: m.x !== first.x || m.y !== first.y,
    }
  })
}

/** The ids a marker stands for. */
export function idsOfPlaced(marker: PlacedMarker): string[] {
  return marker.kind === 'single' ? [marker.id] : marker.ids
}
