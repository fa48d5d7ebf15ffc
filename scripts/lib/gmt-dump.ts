import type { Position } from 'geojson'

/**
 * Pure helpers for the multisegment text `gmt coast -M` writes (GMT 6): segments start
 * with a `>` header ("> Shore Bin # 163, Level 2", "> River Bin # 44, Level 1"), then one
 * "lon<TAB>lat" per line. GMT cuts every shoreline and river into pieces at the borders of
 * its storage bins, so the pieces are joined again here: rivers into chains between
 * junctions, lake shorelines into closed rings.
 */

export type Segment = { level: number | null; coords: Position[] }

/** Parses `gmt coast -M` output. Longitudes west of 0 are moved east by 360 (the map runs to 190). */
export function parseMultisegment(text: string): Segment[] {
  const segments: Segment[] = []
  let current: Segment | null = null
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('>')) {
      const match = /Level\s+(\d+)/i.exec(line)
      current = { level: match ? Number(match[1]) : null, coords: [] }
      segments.push(current)
      continue
    }
    const [lonText, latText] = line.split(/\s+/)
    const lon = Number(lonText)
    const lat = Number(latText)
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue
    if (current === null) {
      current = { level: null, coords: [] }
      segments.push(current)
    }
    current.coords.push([lon < 0 ? lon + 360 : lon, lat])
  }
  return segments.filter((s) => s.coords.length >= 2)
}

/** A key for joining pieces: GMT writes the shared end points of two pieces identically. */
export function pointKey(p: Position, decimals = 6): string {
  return `${(p[0] ?? 0).toFixed(decimals)},${(p[1] ?? 0).toFixed(decimals)}`
}

function samePoint(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && pointKey(a) === pointKey(b)
}

/**
 * Joins line pieces end to end wherever exactly two pieces meet at a point (a bin border),
 * never through a junction of three or more (a confluence), so each output line runs from
 * an end or junction to the next. Pieces may be reversed to join. Closed loops stay closed.
 */
export function chainLines(pieces: readonly Position[][]): Position[][] {
  const degree = new Map<string, number>()
  for (const piece of pieces) {
    for (const end of [piece[0], piece[piece.length - 1]]) {
      if (!end) continue
      const key = pointKey(end)
      degree.set(key, (degree.get(key) ?? 0) + 1)
    }
  }
  const byEnd = new Map<string, number[]>()
  pieces.forEach((piece, index) => {
    for (const end of [piece[0], piece[piece.length - 1]]) {
      if (!end) continue
      const key = pointKey(end)
      const list = byEnd.get(key) ?? []
      list.push(index)
      byEnd.set(key, list)
    }
  })
  const used = new Array<boolean>(pieces.length).fill(false)
  const out: Position[][] = []
  const joinable = (p: Position | undefined): boolean => p !== undefined && degree.get(pointKey(p)) === 2

  const extend = (line: Position[]): void => {
    for (;;) {
      const end = line[line.length - 1]
      if (!joinable(end) || samePoint(end, line[0])) return
      const next = (byEnd.get(pointKey(end as Position)) ?? []).find((i) => !used[i])
      if (next === undefined) return
      used[next] = true
      const piece = pieces[next] as Position[]
      const oriented = samePoint(piece[0], end) ? piece : [...piece].reverse()
      line.push(...oriented.slice(1))
    }
  }

  pieces.forEach((piece, index) => {
    if (used[index]) return
    used[index] = true
    const line = [...piece]
    extend(line)
    line.reverse()
    extend(line)
    line.reverse()
    out.push(line)
  })
  return out
}

/** Closed rings from shoreline pieces: the chained lines whose two ends meet. */
export function assembleRings(pieces: readonly Position[][]): { rings: Position[][]; open: number } {
  const rings: Position[][] = []
  let open = 0
  for (const line of chainLines(pieces)) {
    if (line.length >= 4 && samePoint(line[0], line[line.length - 1])) rings.push(line)
    else open++
  }
  return { rings, open }
}

const KM_PER_DEGREE = 111.32

/** Area of a ring in km² (planar, longitudes scaled by the cosine of the mean latitude). */
export function ringAreaKm2(ring: readonly Position[]): number {
  if (ring.length < 4) return 0
  const meanLat = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length
  const kx = KM_PER_DEGREE * Math.cos((meanLat * Math.PI) / 180)
  let twice = 0
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position
    const b = ring[i] as Position
    twice += (a[0] ?? 0) * kx * (b[1] ?? 0) * KM_PER_DEGREE - (b[0] ?? 0) * kx * (a[1] ?? 0) * KM_PER_DEGREE
  }
  return Math.abs(twice) / 2
}

/** Even-odd point-in-ring test (planar lon/lat). */
export function pointInRing(point: Position, ring: readonly Position[]): boolean {
  const [x, y] = point as [number, number]
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number]
    const [xj, yj] = ring[j] as [number, number]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Counter-clockwise ring (RFC 7946 outer ring orientation); `clockwise` for holes. */
export function orientRing(ring: readonly Position[], clockwise: boolean): Position[] {
  let sum = 0
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position
    const b = ring[i] as Position
    sum += ((b[0] ?? 0) - (a[0] ?? 0)) * ((b[1] ?? 0) + (a[1] ?? 0))
  }
  const isClockwise = sum > 0
  return isClockwise === clockwise ? [...ring] : [...ring].reverse()
}
