import L from 'leaflet'
import type { TierKey } from '../data/tier-key'
import { toLatLng } from '../geo/lng-lat'
import { buildPointGrid, hitTestGrid, type PointGrid } from './canvas-grid'
import { drawHalos, drawLabels, drawLeaders, type DrawnSlots } from './canvas-decor'
import { createSpriteSheet, type SpriteSheet } from './canvas-sprites'
import { tierSymbol } from '../symbols/tier-symbol'
import { projectCamps as project } from './canvas-projection'
import { placeMarkers, type PlacementInput } from '../symbols/placement/place-markers'
import { groupSizePx } from '../symbols/group-symbol'
import { MIN_HIT_PX, MIN_SEPARATION_PX } from './grouping/marker-sizes'
import type { CampLayerOptions, CampMarkerLayer, DescribeCamp } from './camp-marker-layer'
import { drawGroupTile } from './grouping/canvas-groups'
import { placementFrame } from './placement-frame'

const PANE = 'camp-canvas'
/** Drawn margin around the view, as a share of its size, so short pans show no gap. */
const PADDING = 0.3
const MAX_PIXEL_RATIO = 2
const TIER_INDEX: Readonly<Record<TierKey, number>> = { '1': 0, '2': 1, '3': 2, '4': 3, unknown: 4 }

function pixelRatio(): number {
  return Math.min(MAX_PIXEL_RATIO, window.devicePixelRatio || 1)
}

/**
 * The camps on one canvas, for datasets too large for one DOM marker each: positions are
 * projected once, every redraw (after a move or a filter) blits each visible camp's tier
 * symbol from a sprite sheet, and a grid of the drawn points answers clicks and hovers.
 * Panning moves the canvas with the map pane; zooming scales it until the next redraw.
 *
 * The canvas is aria-hidden and holds nothing focusable: its camps and groups are picked
 * with a pointer (click, tap, hover tooltip); their names reach assistive technology through
 * the sidebar (search, filters, the capped camp list) and the group chooser's buttons, never
 * through the canvas. So two methods of the interface do nothing here, by design:
 * `setGroupLabel` (no group on the canvas has an accessible name to set) and
 * `focusAfterRegroup` (there is no marker to focus, and a canvas group is only activated by
 * a pointer, so the group chooser never asks). `onDrawn` is never called: the canvas draws
 * its own catalogue numbers.
 */
export function createCanvasCampLayer({ camps, onSelect, onGroup }: CampLayerOptions): CampMarkerLayer {
  const { wx, wy, tiers, order } = project(camps)
  /** Camps drawn inside a group marker at the grouped zoom (not on their own). */
  const grouped = new Uint8Array(camps.length)
  /** Singles displaced from their true position (drawn with a leader): camp index → world pixels at the grouped zoom. */
  let displaced = new Map<number, { x: number; y: number }>()
  /** Group markers at the grouped zoom: world pixels, member indexes and their tiers. */
  let groups: { x: number; y: number; members: number[]; tiers: TierKey[] }[] = []
  let groupedZoom = Number.NaN
  let groupGrid: PointGrid | null = null
  const groupSlots = { xs: new Float64Array(0), ys: new Float64Array(0), radii: new Float64Array(0), index: new Int32Array(0), count: 0 }
  const indexOf = new Map(camps.map((c, i) => [c.id, i]))
  const visible = new Uint8Array(camps.length)
  const slots: DrawnSlots = {
    xs: new Float64Array(camps.length),
    ys: new Float64Array(camps.length),
    radii: new Float64Array(camps.length),
    camp: new Int32Array(camps.length),
    count: 0,
  }
  const marked = { selected: -1, highlighted: -1 }
  const canvas = L.DomUtil.create('canvas', 'camp-canvas leaflet-zoom-animated')
  canvas.setAttribute('aria-hidden', 'true')
  canvas.style.pointerEvents = 'none'
  const tooltipText = document.createElement('span')
  const tooltip = L.tooltip({ direction: 'top' })
  let describe: DescribeCamp = (camp) => ({ ariaLabel: camp.name, tooltip: camp.name })
  let map: L.Map | null = null
  let sprites: SpriteSheet | null = null
  let grid: PointGrid | null = null
  let topLeft = L.point(0, 0)
  let drawnOrigin = L.point(0, 0)
  let drawnZoom = 0
  let hovered = -1

  /** Joins camps whose markers would overlap at the map's zoom (on zoom, filter and selection; not on pan). */
  function regroup(): void {
    if (map === null) return
    const zoom = map.getZoom()
    const scale = 2 ** zoom
    const points: PlacementInput[] = []
    for (let i = 0; i < camps.length; i += 1) {
      if (visible[i] === 0) continue
      points.push({ id: String(i), x: (wx[i] ?? 0) * scale, y: (wy[i] ?? 0) * scale, tier: tiers[i] ?? 'unknown', order: i })
    }
    const selectedId = marked.selected >= 0 && visible[marked.selected] === 1 ? String(marked.selected) : null
    const drawn = placeMarkers(points, { separationPx: MIN_SEPARATION_PX, selectedId, ...placementFrame(map) })
    grouped.fill(0)
    displaced = new Map()
    groups = []
    for (const m of drawn) {
      if (m.kind === 'single') {
        if (m.displaced) displaced.set(Number(m.id), { x: m.x, y: m.y })
        continue
      }
      const members = m.ids.map(Number)
      for (const i of members) grouped[i] = 1
      groups.push({ x: m.x, y: m.y, members, tiers: m.tiers })
    }
    groupedZoom = zoom
  }

  function redraw(): void {
    if (map === null || sprites === null) return
    if (map.getZoom() !== groupedZoom) regroup()
    const ctx = canvas.getContext('2d')
    if (ctx === null) return
    const size = map.getSize()
    const pad = L.point(Math.round(size.x * PADDING), Math.round(size.y * PADDING))
    const width = size.x + 2 * pad.x
    const height = size.y + 2 * pad.y
    const ratio = pixelRatio()
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio)
      canvas.height = Math.round(height * ratio)
      canvas.style.width = `${width}px`
      canvas.style.height = `${height}px`
    }
    topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round()
    drawnOrigin = map.getPixelOrigin()
    drawnZoom = map.getZoom()
    L.DomUtil.setPosition(canvas, topLeft)
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.clearRect(0, 0, width, height)
    const scale = 2 ** drawnZoom
    const ox = drawnOrigin.x + topLeft.x
    const oy = drawnOrigin.y + topLeft.y
    let count = 0
    for (const i of order) {
      if (visible[i] === 0 || grouped[i] === 1) continue
      const moved = displaced.get(i)
      const x = (moved ? moved.x : (wx[i] ?? 0) * scale) - ox
      const y = (moved ? moved.y : (wy[i] ?? 0) * scale) - oy
      if (x < -20 || y < -20 || x > width + 20 || y > height + 20) continue
      slots.xs[count] = x
      slots.ys[count] = y
      // Clicks and taps hit a box of at least MIN_HIT_PX, whatever the symbol's size.
      slots.radii[count] = Math.max(tierSymbol(tiers[i] ?? 'unknown').sizePx, MIN_HIT_PX) / 2
      slots.camp[count] = i
      count += 1
    }
    slots.count = count
    drawHalos(ctx, slots, camps, drawnZoom)
    drawLeaders(
      ctx,
      displaced,
      (i) => visible[i] === 1 && grouped[i] === 0,
      (i) => [(wx[i] ?? 0) * scale - ox, (wy[i] ?? 0) * scale - oy],
      ox,
      oy,
    )
    // One tier's camps are drawn together (order), so a symbol at a pixel where the same
    // tier's symbol is already drawn changes nothing: at low zoom that skips most of 50,000.
    const drawnAt = new Set<number>()
    for (let s = 0; s < count; s += 1) {
      const tier = tiers[slots.camp[s] ?? 0] ?? 'unknown'
      const sprite = sprites[tier].plain
      const x = Math.round((slots.xs[s] ?? 0) - sprite.sizePx / 2)
      const y = Math.round((slots.ys[s] ?? 0) - sprite.sizePx / 2)
      const key = (TIER_INDEX[tier] * (height + 128) + y + 64) * (width + 128) + x + 64
      if (drawnAt.has(key)) continue
      drawnAt.add(key)
      ctx.drawImage(sprite.image, x, y, sprite.sizePx, sprite.sizePx)
    }
    for (const i of [marked.highlighted, marked.selected]) {
      if (i < 0 || visible[i] === 0 || grouped[i] === 1) continue
      const sprite = sprites[tiers[i] ?? 'unknown'].marked
      const half = sprite.sizePx / 2
      // Where the plain symbol is drawn: beside the selected camp when it was moved out from under it.
      const at = displaced.get(i) ?? { x: (wx[i] ?? 0) * scale, y: (wy[i] ?? 0) * scale }
      ctx.drawImage(sprite.image, at.x - ox - half, at.y - oy - half, sprite.sizePx, sprite.sizePx)
    }
    drawLabels(ctx, slots, camps, { left: pad.x, top: pad.y, right: pad.x + size.x, bottom: pad.y + size.y })
    grid = buildPointGrid(slots.xs, slots.ys, slots.radii, count, width, height, 2 * (MIN_HIT_PX / 2 + 3) + 2)
    drawGroups(ctx, ox, oy, width, height)
  }

  function drawGroups(ctx: CanvasRenderingContext2D, ox: number, oy: number, width: number, height: number): void {
    if (groupSlots.xs.length < groups.length) {
      groupSlots.xs = new Float64Array(groups.length)
      groupSlots.ys = new Float64Array(groups.length)
      groupSlots.radii = new Float64Array(groups.length)
      groupSlots.index = new Int32Array(groups.length)
    }
    let n = 0
    ctx.save()
    groups.forEach((g, gi) => {
      const x = g.x - ox
      const y = g.y - oy
      if (x < -20 || y < -20 || x > width + 20 || y > height + 20) return
      const highlighted = g.members.includes(marked.highlighted)
      drawGroupTile(ctx, x, y, g.members.length, g.tiers, highlighted)
      groupSlots.xs[n] = x
      groupSlots.ys[n] = y
      groupSlots.radii[n] = groupSizePx(g.tiers) / 2
      groupSlots.index[n] = gi
      n += 1
    })
    ctx.restore()
    groupSlots.count = n
    groupGrid = buildPointGrid(groupSlots.xs, groupSlots.ys, groupSlots.radii, n, width, height, MIN_SEPARATION_PX + 8)
  }

  function groupAt(containerPoint: L.Point): number {
    if (map === null || groupGrid === null) return -1
    const point = map.containerPointToLayerPoint(containerPoint).subtract(topLeft)
    const slot = hitTestGrid(groupGrid, point.x, point.y, 1)
    return slot < 0 ? -1 : (groupSlots.index[slot] ?? -1)
  }

  function animateZoom(event: L.ZoomAnimEvent): void {
    if (map === null) return
    const scale = map.getZoomScale(event.zoom, drawnZoom)
    const panePos = L.DomUtil.getPosition(map.getPane('mapPane') ?? canvas)
    const newOrigin = map.project(event.center, event.zoom).subtract(map.getSize().divideBy(2)).add(panePos).round()
    L.DomUtil.setTransform(canvas, topLeft.add(drawnOrigin).multiplyBy(scale).subtract(newOrigin), scale)
  }

  function campAt(containerPoint: L.Point): number {
    if (map === null || grid === null) return -1
    const point = map.containerPointToLayerPoint(containerPoint).subtract(topLeft)
    const slot = hitTestGrid(grid, point.x, point.y)
    return slot < 0 ? -1 : (slots.camp[slot] ?? -1)
  }

  function handleClick(event: L.LeafletMouseEvent): void {
    const g = groups[groupAt(event.containerPoint)]
    if (g !== undefined && map !== null) {
      onGroup({
        ids: g.members.map((i) => camps[i]?.id ?? ''),
        element: map.getContainer(),
        viaKeyboard: false,
        point: { x: event.containerPoint.x, y: event.containerPoint.y },
      })
      return
    }
    const camp = camps[campAt(event.containerPoint)]
    if (camp) onSelect(camp.id)
  }

  function handleHover(event: L.LeafletMouseEvent): void {
    if (map !== null && groupAt(event.containerPoint) >= 0) {
      hovered = -1
      tooltip.close()
      map.getContainer().style.cursor = 'pointer'
      return
    }
    const i = campAt(event.containerPoint)
    if (i === hovered || map === null) return
    hovered = i
    const camp = camps[i]
    map.getContainer().style.cursor = camp ? 'pointer' : ''
    if (!camp) {
      tooltip.close()
      return
    }
    tooltipText.textContent = describe(camp).tooltip
    tooltip.options.offset = L.point(0, -tierSymbol(tiers[i] ?? 'unknown').sizePx / 2)
    map.openTooltip(tooltip.setContent(tooltipText).setLatLng(toLatLng(camp.lngLat)))
  }

  function handleOut(): void {
    hovered = -1
    tooltip.close()
    if (map !== null) map.getContainer().style.cursor = ''
  }

  /** After a move: redraw only when the zoom changed or the view left the drawn margin. */
  function redrawIfNeeded(): void {
    if (map === null) return
    if (map.getZoom() === drawnZoom && map.getPixelOrigin().equals(drawnOrigin)) {
      const view = map.containerPointToLayerPoint([0, 0]).subtract(topLeft)
      const size = map.getSize()
      if (view.x >= 0 && view.y >= 0 && view.x + size.x <= canvas.width / pixelRatio() && view.y + size.y <= canvas.height / pixelRatio())
        return
    }
    redraw()
  }

  const events = {
    moveend: redrawIfNeeded,
    resize: redraw,
    viewreset: redraw,
    zoomanim: animateZoom,
    click: handleClick,
    mousemove: handleHover,
    mouseout: handleOut,
  }

  return {
    renderer: 'canvas',
    addTo(target) {
      map = target
      sprites = createSpriteSheet(pixelRatio())
      const pane = target.getPane(PANE) ?? target.createPane(PANE)
      pane.style.zIndex = '450'
      pane.appendChild(canvas)
      target.on(events)
      redraw()
    },
    remove() {
      handleOut()
      map?.off(events)
      canvas.remove()
      map = null
    },
    setVisible(ids) {
      let shown = 0
      camps.forEach((camp, i) => {
        const on = ids.has(camp.id)
        visible[i] = on ? 1 : 0
        if (on) shown += 1
      })
      groupedZoom = Number.NaN
      redraw()
      return shown
    },
    setState(kind, id) {
      const next = id === null ? -1 : (indexOf.get(id) ?? -1)
      if (next === marked[kind]) return
      marked[kind] = next
      if (kind === 'selected') groupedZoom = Number.NaN
      redraw()
    },
    setNames(next) {
      describe = next
    },
    setGroupLabel() {
      // Nothing to name: see above.
    },
    focusAfterRegroup() {
      // Nothing to focus: see above.
    },
  }
}
