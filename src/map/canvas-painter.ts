import * as L from 'leaflet'
import type { TierKey } from '../data/tier-key'
import { toLatLng } from '../geo/lng-lat'
import { buildPointGrid, hitTestGrid, type PointGrid } from './canvas-grid'
import { drawHalos, drawLeaders, type DrawnSlots } from './canvas-decor'
import { createSpriteSheet, type SpriteSheet } from './canvas-sprites'
import { tierSymbol } from '../symbols/tier-symbol'
import { groupSizePx } from '../symbols/group-symbol'
import { MIN_HIT_PX, MIN_SEPARATION_PX } from './grouping/marker-sizes'
import type { DescribeCamp } from './camp-marker-layer'
import type { CampPainter, CampPlacement, PainterFactory } from './camp-layer'
import { drawGroupTile } from './grouping/canvas-groups'

const PANE = 'camp-canvas'
/** Drawn margin around the view, as a share of its size, so short pans show no gap. */
const PADDING = 0.3
const MAX_PIXEL_RATIO = 2
const TIER_INDEX: Readonly<Record<TierKey, number>> = { '1': 0, '2': 1, '3': 2, '4': 3, unknown: 4 }

function pixelRatio(): number {
  return Math.min(MAX_PIXEL_RATIO, window.devicePixelRatio || 1)
}

/**
 * Paints a placement on one canvas, for datasets too large for one DOM marker each: every
 * redraw (after a placement or a move out of the drawn margin) blits each drawn camp's tier
 * symbol from a sprite sheet, and a grid of the drawn points answers clicks and hovers.
 * Panning moves the canvas with the map pane; zooming scales it until the next placement.
 * Catalogue numbers and names are drawn by the label layer, as for the DOM markers.
 *
 * The canvas is aria-hidden and holds nothing focusable: its camps and groups are picked
 * with a pointer (click, tap, hover tooltip); their names reach assistive technology through
 * the sidebar (search, filters, the capped camp list) and the group chooser's buttons.
 */
export const createCanvasPainter: PainterFactory = ({ camps, onSelect, onGroup, projected }) => {
  const { wx, wy, tiers, order } = projected
  /** Camps drawn inside a group marker (not on their own). */
  const grouped = new Uint8Array(camps.length)
  /** Singles displaced from their true position (drawn with a leader): camp index → world pixels at zoom 0. */
  let displaced = new Map<number, { x: number; y: number }>()
  /** Group markers: world pixels at zoom 0, member indexes and their tiers. */
  let groups: { x: number; y: number; members: number[]; tiers: TierKey[] }[] = []
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
  const marked = { selected: -1, highlighted: -1, linked: [] as number[] }
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

  /** Takes a placement of the camp layer (world pixels at its zoom) as world pixels at zoom 0. */
  function take(placement: CampPlacement): void {
    const unit = 2 ** -placement.zoom
    visible.fill(0)
    for (const id of placement.visible) {
      const i = indexOf.get(id)
      if (i !== undefined) visible[i] = 1
    }
    grouped.fill(0)
    displaced = new Map()
    groups = []
    for (const m of placement.markers) {
      if (m.kind === 'single') {
        const i = indexOf.get(m.id)
        if (m.displaced && i !== undefined) displaced.set(i, { x: m.x * unit, y: m.y * unit })
        continue
      }
      const members = m.ids.flatMap((id) => {
        const i = indexOf.get(id)
        return i === undefined ? [] : [i]
      })
      for (const i of members) grouped[i] = 1
      groups.push({ x: m.x * unit, y: m.y * unit, members, tiers: m.tiers })
    }
  }

  function redraw(): void {
    if (map === null || sprites === null) return
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
      const x = (moved ? moved.x : (wx[i] ?? 0)) * scale - ox
      const y = (moved ? moved.y : (wy[i] ?? 0)) * scale - oy
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
      scale,
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
    for (const i of [...marked.linked, marked.highlighted, marked.selected]) {
      if (i < 0 || visible[i] === 0 || grouped[i] === 1) continue
      const sprite = sprites[tiers[i] ?? 'unknown'].marked
      const half = sprite.sizePx / 2
      // Where the plain symbol is drawn: beside the selected camp when it was moved out from under it.
      const at = displaced.get(i) ?? { x: wx[i] ?? 0, y: wy[i] ?? 0 }
      ctx.drawImage(sprite.image, at.x * scale - ox - half, at.y * scale - oy - half, sprite.sizePx, sprite.sizePx)
    }
    grid = buildPointGrid(slots.xs, slots.ys, slots.radii, count, width, height, 2 * (MIN_HIT_PX / 2 + 3) + 2)
    drawGroups(ctx, scale, ox, oy, width, height)
  }

  function drawGroups(ctx: CanvasRenderingContext2D, scale: number, ox: number, oy: number, width: number, height: number): void {
    if (groupSlots.xs.length < groups.length) {
      groupSlots.xs = new Float64Array(groups.length)
      groupSlots.ys = new Float64Array(groups.length)
      groupSlots.radii = new Float64Array(groups.length)
      groupSlots.index = new Int32Array(groups.length)
    }
    let n = 0
    ctx.save()
    groups.forEach((g, gi) => {
      const x = g.x * scale - ox
      const y = g.y * scale - oy
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
    viewreset: redraw,
    zoomanim: animateZoom,
    click: handleClick,
    mousemove: handleHover,
    mouseout: handleOut,
  }

  const painter: CampPainter = {
    renderer: 'canvas',
    add(target) {
      map = target
      sprites = createSpriteSheet(pixelRatio())
      const pane = target.getPane(PANE) ?? target.createPane(PANE)
      pane.style.zIndex = '450'
      pane.appendChild(canvas)
      target.on(events)
    },
    remove() {
      handleOut()
      map?.off(events)
      canvas.remove()
      map = null
    },
    paint(placement) {
      take(placement)
      redraw()
    },
    mark(marks) {
      const at = (id: string | null) => (id === null ? -1 : (indexOf.get(id) ?? -1))
      marked.selected = at(marks.selected)
      marked.highlighted = at(marks.highlighted)
      marked.linked = [...marks.linked].map(at).filter((i) => i >= 0)
      redraw()
    },
    setNames(next) {
      describe = next
    },
    setGroupLabel() {
      // No group on the canvas has an accessible name: the chooser's buttons name its camps.
    },
    focus() {
      // Nothing on the canvas takes focus.
      return false
    },
  }
  return painter
}
