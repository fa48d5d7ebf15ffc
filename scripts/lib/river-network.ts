import type { Position } from 'geojson'
import { chainLines, pointKey } from './gmt-dump'

/**
 * Names rivers of an unnamed line network (WDBII rivers from GMT): the network becomes a
 * graph whose nodes are the line vertices; a named river is the shortest path through the
 * graph from each of its known points to the next (each point snapped to the nearest vertex
 * within a tolerance). Edges keep the WDBII level they came from (1 = permanent major
 * river…), which becomes the feature's `rank`. Pure.
 */

export type LevelLine = { level: number; coords: Position[] }
export type RiverName = {
  key: string
  name: string
  nameJa: string
  nameRu: string
  points: [string, number, number][]
}
export type RiverPiece = {
  level: number
  name: RiverName | null
  lines: Position[][]
}
export type NamingReport = { key: string; missing: string[] }

type Edge = { to: string; km: number; level: number }
type Graph = { nodes: Map<string, Position>; edges: Map<string, Edge[]> }

const EARTH_RADIUS_KM = 6371.0088

export function distanceKm(a: Position, b: Position): number {
  const toRad = Math.PI / 180
  const lat1 = (a[1] ?? 0) * toRad
  const lat2 = (b[1] ?? 0) * toRad
  const dLat = lat2 - lat1
  const dLon = ((b[0] ?? 0) - (a[0] ?? 0)) * toRad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

function buildGraph(lines: readonly LevelLine[]): Graph {
  const nodes = new Map<string, Position>()
  const edges = new Map<string, Edge[]>()
  const add = (from: string, edge: Edge): void => {
    const list = edges.get(from) ?? []
    list.push(edge)
    edges.set(from, list)
  }
  for (const line of lines) {
    for (let i = 1; i < line.coords.length; i++) {
      const a = line.coords[i - 1] as Position
      const b = line.coords[i] as Position
      const ka = pointKey(a)
      const kb = pointKey(b)
      if (ka === kb) continue
      nodes.set(ka, a)
      nodes.set(kb, b)
      const km = distanceKm(a, b)
      add(ka, { to: kb, km, level: line.level })
      add(kb, { to: ka, km, level: line.level })
    }
  }
  joinGaps(lines, nodes, add)
  return { nodes, edges }
}

/** Line ends that touch no other line within this distance stay loose ends. */
export const GAP_KM = 8
/** Known points snap to the nearest vertex within this multiple of the tolerance (vertices are sparse). */
export const SNAP_FACTOR = 2

/**
 * WDBII tributaries end next to, not on, a vertex of the river they join, and GMT's bin
 * pieces do not always share their cut point: each loose line end is joined to the nearest
 * vertex of another line within GAP_KM.
 */
function joinGaps(lines: readonly LevelLine[], nodes: Map<string, Position>, add: (from: string, edge: Edge) => void): void {
  const cell = (p: Position): string => `${Math.floor((p[0] ?? 0) * 10)},${Math.floor((p[1] ?? 0) * 10)}`
  const grid = new Map<string, { key: string; line: number }[]>()
  const endCount = new Map<string, number>()
  lines.forEach((line, index) => {
    for (const p of line.coords) {
      const list = grid.get(cell(p)) ?? []
      list.push({ key: pointKey(p), line: index })
      grid.set(cell(p), list)
    }
    for (const end of [line.coords[0], line.coords[line.coords.length - 1]]) {
      if (end) endCount.set(pointKey(end), (endCount.get(pointKey(end)) ?? 0) + 1)
    }
  })
  lines.forEach((line, index) => {
    for (const end of [line.coords[0], line.coords[line.coords.length - 1]]) {
      if (!end || endCount.get(pointKey(end)) !== 1) continue
      const [cx, cy] = [Math.floor((end[0] ?? 0) * 10), Math.floor((end[1] ?? 0) * 10)]
      let best: string | null = null
      let bestKm = GAP_KM
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const candidate of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (candidate.line === index) continue
            const km = distanceKm(end, nodes.get(candidate.key) as Position)
            if (km > 0 && km < bestKm) {
              best = candidate.key
              bestKm = km
            }
          }
        }
      }
      if (best === null) continue
      const from = pointKey(end)
      add(from, { to: best, km: bestKm, level: line.level })
      add(best, { to: from, km: bestKm, level: line.level })
    }
  })
}

function nearestNode(graph: Graph, point: Position, toleranceKm: number): string | null {
  let best: string | null = null
  let bestKm = toleranceKm
  for (const [key, position] of graph.nodes) {
    if (Math.abs((position[1] ?? 0) - (point[1] ?? 0)) > 1) continue
    const km = distanceKm(point, position)
    if (km <= bestKm) {
      best = key
      bestKm = km
    }
  }
  return best
}

type Search = { dist: Map<string, number>; previous: Map<string, string> }

function pathTo(search: Search, from: string, to: string): string[] | null {
  if (!search.dist.has(to)) return null
  const path = [to]
  for (let node = to; node !== from;) {
    const prev = search.previous.get(node)
    if (prev === undefined) return null
    path.push(prev)
    node = prev
  }
  return path.reverse()
}

/**
 * The path from `from` to `to`; when they are not connected (WDBII stops a river at a
 * reservoir or a double-lined reach), the path from `from` to its reachable vertex nearest
 * to `to`, so the river is named up to the gap. `complete` says which.
 */
function shortestPath(graph: Graph, from: string, to: string): { path: string[]; complete: boolean } | null {
  const search = dijkstra(graph, from, to)
  const direct = pathTo(search, from, to)
  if (direct) return { path: direct, complete: true }
  const target = graph.nodes.get(to) as Position
  let best: string | null = null
  let bestKm = Infinity
  for (const node of search.dist.keys()) {
    const km = distanceKm(graph.nodes.get(node) as Position, target)
    if (km < bestKm) {
      best = node
      bestKm = km
    }
  }
  const partial = best === null ? null : pathTo(search, from, best)
  return partial ? { path: partial, complete: false } : null
}

/** Dijkstra from `from`, stopping at `to`. */
function dijkstra(graph: Graph, from: string, to: string): Search {
  const dist = new Map<string, number>([[from, 0]])
  const previous = new Map<string, string>()
  const heap: [number, string][] = [[0, from]]
  const push = (item: [number, string]): void => {
    heap.push(item)
    let i = heap.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if ((heap[parent] as [number, string])[0] <= item[0]) break
      heap[i] = heap[parent] as [number, string]
      i = parent
    }
    heap[i] = item
  }
  const pop = (): [number, string] | undefined => {
    const top = heap[0]
    const last = heap.pop()
    if (heap.length > 0 && last) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && (heap[l] as [number, string])[0] < (m === i ? last[0] : (heap[m] as [number, string])[0])) m = l
        if (r < heap.length && (heap[r] as [number, string])[0] < (m === i ? last[0] : (heap[m] as [number, string])[0])) m = r
        if (m === i) break
        heap[i] = heap[m] as [number, string]
        i = m
      }
      heap[i] = last
    }
    return top
  }
  for (let item = pop(); item !== undefined; item = pop()) {
    const [d, node] = item
    if (node === to) break
    if (d > (dist.get(node) ?? Infinity)) continue
    for (const edge of graph.edges.get(node) ?? []) {
      const nd = d + edge.km
      if (nd < (dist.get(edge.to) ?? Infinity)) {
        dist.set(edge.to, nd)
        previous.set(edge.to, node)
        push([nd, edge.to])
      }
    }
  }
  return { dist, previous }
}

/**
 * Splits the network into named rivers (their paths, by level) and the unnamed rest (by
 * level). An edge belongs to the first river, in list order, whose path uses it.
 */
export function nameRivers(
  lines: readonly LevelLine[],
  rivers: readonly RiverName[],
  toleranceKm: number,
): { pieces: RiverPiece[]; report: NamingReport[] } {
  const graph = buildGraph(lines)
  const owner = new Map<string, RiverName>()
  const report: NamingReport[] = []
  for (const river of rivers) {
    const missing: string[] = []
    const snapped = river.points.map(([place, lon, lat]) => {
      const node = nearestNode(graph, [lon, lat], toleranceKm * SNAP_FACTOR)
      if (node === null) missing.push(`${place}: no river vertex within ${toleranceKm * SNAP_FACTOR} km`)
      return node
    })
    for (let i = 1; i < snapped.length; i++) {
      const a = snapped[i - 1]
      const b = snapped[i]
      if (a == null || b == null) continue
      const forward = shortestPath(graph, a, b)
      const paths = [forward?.path ?? []]
      if (!forward?.complete) {
        missing.push(`${river.points[i - 1]?.[0]} → ${river.points[i]?.[0]}: not connected (named up to the gap from both ends)`)
        paths.push(shortestPath(graph, b, a)?.path ?? [])
      }
      for (const path of paths) {
        for (let j = 1; j < path.length; j++) {
          const key = edgeKey(path[j - 1] as string, path[j] as string)
          if (!owner.has(key)) owner.set(key, river)
        }
      }
    }
    report.push({ key: river.key, missing })
  }
  const groups = new Map<string, { level: number; name: RiverName | null; segments: Position[][] }>()
  const seen = new Set<string>()
  for (const [from, list] of graph.edges) {
    for (const edge of list) {
      const key = edgeKey(from, edge.to)
      if (seen.has(key)) continue
      seen.add(key)
      const river = owner.get(key) ?? null
      const groupKey = `${river?.key ?? ''}#${edge.level}`
      const group = groups.get(groupKey) ?? { level: edge.level, name: river, segments: [] }
      group.segments.push([graph.nodes.get(from) as Position, graph.nodes.get(edge.to) as Position])
      groups.set(groupKey, group)
    }
  }
  const pieces = [...groups.values()].map((g) => ({ level: g.level, name: g.name, lines: chainLines(g.segments) }))
  pieces.sort((a, b) => a.level - b.level || (a.name?.key ?? '~').localeCompare(b.name?.key ?? '~'))
  return { pieces, report }
}
