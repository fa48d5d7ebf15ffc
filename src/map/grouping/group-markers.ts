/**
 * Which camps the map draws as their own marker and which it joins into a group marker, so
 * that no marker lies under another and a click never picks a camp the reader did not aim
 * at. Pure: pixel positions in, markers out (no Leaflet, no DOM).
 *
 * Greedy leader grouping on pixel distance at the current zoom: the points are taken in
 * rank order (larger camps first, then the caller's order); a point that no earlier leader
 * has taken becomes a leader and takes every free point whose hit box its own box overlaps
 * (Chebyshev distance below `minSeparationPx`). Leaders are therefore at least
 * `minSeparationPx` apart on one axis, so the square hit boxes of the drawn markers (each at
 * most `minSeparationPx` wide, centred on its leader) never overlap, and a group never
 * stretches beyond one box around its leader (no chains across a region).
 *
 * The selected camp is always drawn on its own: it is taken first and takes nobody; the
 * free points under its box form a marker set just beside it (spread out, not hidden),
 * or join the marker already drawn there.
 */

export type GroupInput = {
  id: string
  /** Pixels at the current zoom (world or container: only differences matter). */
  x: number
  y: number
  /** Lower ranks lead: e.g. tier priority first, then the catalogue order. */
  rank: number
}

export type DrawnMarker =
  | { kind: 'single'; id: string; x: number; y: number; displaced: boolean }
  | { kind: 'group'; ids: string[]; x: number; y: number; displaced: boolean }

export type GroupOptions = {
  /** The side of the largest marker hit box, in pixels. */
  minSeparationPx: number
  selectedId: string | null
}

type Slot = { point: GroupInput; order: number }

function compareSlots(a: Slot, b: Slot): number {
  return a.point.rank - b.point.rank || a.order - b.order
}

/** A number per cell (cells far beyond any map's pixels share keys harmlessly: distances are checked). */
function cellKey(cx: number, cy: number): number {
  return (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576)
}

/** Buckets slot indexes into square cells of `cell` pixels. */
function buildCells(slots: readonly Slot[], cell: number): Map<number, number[]> {
  const cells = new Map<number, number[]>()
  slots.forEach((slot, i) => {
    const key = cellKey(Math.floor(slot.point.x / cell), Math.floor(slot.point.y / cell))
    const list = cells.get(key)
    if (list === undefined) cells.set(key, [i])
    else list.push(i)
  })
  return cells
}

function near(a: { x: number; y: number }, b: { x: number; y: number }, sep: number): boolean {
  return Math.abs(a.x - b.x) < sep && Math.abs(a.y - b.y) < sep
}

/** Groups the points; the result lists markers in rank order of their leaders. */
export function groupMarkers(points: readonly GroupInput[], options: GroupOptions): DrawnMarker[] {
  const sep = options.minSeparationPx
  if (!(sep > 0)) throw new Error('minSeparationPx must be positive')
  const slots = points
    .map((point, order): Slot => ({ point, order }))
    .filter((s) => Number.isFinite(s.point.x) && Number.isFinite(s.point.y))
    .sort(compareSlots)
  const cells = buildCells(slots, sep)
  const taken = new Uint8Array(slots.length)

  /** Takes every free slot whose box overlaps the box at (x, y); drops taken slots from the cells it reads. */
  function takeAround(x: number, y: number): number[] {
    const cx = Math.floor(x / sep)
    const cy = Math.floor(y / sep)
    const found: number[] = []
    for (let dy = -1; dy <= 1; dy += 1) {
      for (let dx = -1; dx <= 1; dx += 1) {
        const key = cellKey(cx + dx, cy + dy)
        const list = cells.get(key)
        if (list === undefined) continue
        let kept = 0
        for (let k = 0; k < list.length; k += 1) {
          const i = list[k] ?? 0
          if (taken[i] === 1) continue
          const slot = slots[i]
          if (slot !== undefined && Math.abs(slot.point.x - x) < sep && Math.abs(slot.point.y - y) < sep) {
            taken[i] = 1
            found.push(i)
            continue
          }
          list[kept] = i
          kept += 1
        }
        if (kept === 0) cells.delete(key)
        else list.length = kept
      }
    }
    return found.sort((a, b) => a - b)
  }

  function markerOf(members: readonly number[], x: number, y: number, displaced: boolean): DrawnMarker {
    const ids = members.map((i) => slots[i]?.point.id ?? '')
    const first = ids[0] ?? ''
    return ids.length === 1 ? { kind: 'single', id: first, x, y, displaced } : { kind: 'group', ids, x, y, displaced }
  }

  const markers: DrawnMarker[] = []
  const selectedIndex = options.selectedId === null ? -1 : slots.findIndex((s) => s.point.id === options.selectedId)
  let beside: { members: number[]; x: number; y: number } | null = null
  const selected = slots[selectedIndex]
  if (selected !== undefined) {
    taken[selectedIndex] = 1
    const neighbours = takeAround(selected.point.x, selected.point.y)
    markers.push({ kind: 'single', id: selected.point.id, x: selected.point.x, y: selected.point.y, displaced: false })
    if (neighbours.length > 0) {
      // Beside the selected camp, on the side where its neighbours lie (right when they coincide).
      let mx = 0
      let my = 0
      for (const i of neighbours) {
        mx += (slots[i]?.point.x ?? 0) - selected.point.x
        my += (slots[i]?.point.y ?? 0) - selected.point.y
      }
      if (Math.abs(mx) < 1e-9 && Math.abs(my) < 1e-9) mx = 1
      const scale = (sep + 0.5) / Math.max(Math.abs(mx), Math.abs(my))
      beside = { members: neighbours, x: selected.point.x + mx * scale, y: selected.point.y + my * scale }
    }
  }

  const leaders: { marker: DrawnMarker; members: number[] }[] = []
  for (let i = 0; i < slots.length; i += 1) {
    const slot = slots[i]
    if (taken[i] === 1 || slot === undefined) continue
    const members = takeAround(slot.point.x, slot.point.y)
    leaders.push({ marker: markerOf(members, slot.point.x, slot.point.y, false), members })
  }

  if (beside !== null) {
    const at = beside
    const overlapped = leaders.find((l) => near(l.marker, at, sep))
    if (overlapped === undefined) {
      markers.push(markerOf(at.members, at.x, at.y, true))
    } else {
      const members = [...overlapped.members, ...at.members].sort((a, b) => a - b)
      overlapped.members = members
      overlapped.marker = markerOf(members, overlapped.marker.x, overlapped.marker.y, overlapped.marker.displaced)
    }
  }
  for (const l of leaders) markers.push(l.marker)
  return markers
}

/** The ids a marker stands for. */
export function idsOf(marker: DrawnMarker): string[] {
  return marker.kind === 'single' ? [marker.id] : marker.ids
}

/**
 * The zoom at which a group's camps no longer overlap, or null when they never do below
 * `maxZoom` (camps at the same place): then the group opens a chooser list instead.
 * `points` are pixels at `zoom`; pixel distances double with each zoom level.
 */
export function zoomToSeparate(
  points: readonly { x: number; y: number }[],
  minSeparationPx: number,
  zoom: number,
  maxZoom: number,
  zoomSnap = 0.25,
): number | null {
  if (points.length < 2) return null
  let closest = Infinity
  const limit = Math.min(points.length, 400)
  for (let i = 0; i < limit; i += 1) {
    for (let j = i + 1; j < limit; j += 1) {
      const a = points[i]
      const b = points[j]
      if (a === undefined || b === undefined) continue
      closest = Math.min(closest, Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)))
    }
  }
  if (!(closest > 0.01)) return null
  const raw = zoom + Math.log2(minSeparationPx / closest)
  const snapped = Math.ceil(raw / zoomSnap - 1e-9) * zoomSnap
  const target = Math.max(snapped, zoom + zoomSnap)
  return target <= maxZoom ? target : null
}
