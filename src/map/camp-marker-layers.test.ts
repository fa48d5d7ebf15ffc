// @vitest-environment happy-dom
import * as L from 'leaflet'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadGeodata } from '../../tests/support/geodata'
import type { Camp } from '../data/schema'
import { CampLayer, type DrawnEvent, type PainterFactory } from './camp-layer'
import { createDomPainter } from './dom-painter'
import { createCanvasPainter } from './canvas-painter'
import { overlayRects } from './overlays/overlay-rects'
import type { DescribeCamp, DrawnCamps } from './camp-marker-layer'

/**
 * One contract for both implementations of CampMarkerLayer (the DOM markers and the
 * canvas), run through the interface only, on a real Leaflet map in happy-dom. What each
 * layer draws is read back the way a reader meets it: by clicking what is drawn (the DOM
 * markers' elements; the canvas's drawn symbols at the points where a recording 2D
 * context saw them drawn) and collecting what the layer reports (onSelect, onGroup).
 * happy-dom has no canvas: the test gives every canvas a context that records its calls.
 */

type Call = { name: string; args: unknown[] }
type Recording = { calls: Call[]; props: Record<string, unknown>; context: CanvasRenderingContext2D }
const recordings = new WeakMap<HTMLCanvasElement, Recording>()

function recordingOf(canvas: HTMLCanvasElement): Recording {
  const known = recordings.get(canvas)
  if (known) return known
  const calls: Call[] = []
  const props: Record<string, unknown> = {}
  const context = new Proxy(
    {},
    {
      get: (_target, key) =>
        typeof key === 'string' && key in props ? props[key] : (...args: unknown[]) => calls.push({ name: String(key), args }),
      set: (_target, key, value) => {
        props[String(key)] = value
        return true
      },
    },
  ) as CanvasRenderingContext2D
  const recording = { calls, props, context }
  recordings.set(canvas, recording)
  return recording
}

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    return recordingOf(this).context
  } as unknown as HTMLCanvasElement['getContext'])
})

// Test camps: copies of the first real camp at made-up places (ids t-*), so the distances
// between markers are known: at zoom 6, 1° of longitude is about 45 px.
const template = loadGeodata().dataset.camps[0]!
function testCamp(id: string, number: number, lngLat: [number, number], tier: Camp['tier']): Camp {
  return { ...template, id, number, name: `Camp ${id}`, lngLat, tier, locationPrecision: 'settlement', uncertaintyKm: 0 }
}
const CAMPS: Camp[] = [
  testCamp('t-a', 1, [96, 50], 1),
  testCamp('t-b', 2, [98, 51], 2),
  testCamp('t-c', 3, [102, 49], 3),
  testCamp('t-d', 4, [104, 50.5], 4),
  testCamp('t-e', 5, [100, 52], null),
  // About 9 px apart at zoom 6 (one group), 73 px at zoom 9 (two markers). Tiers 3 and 4:
  // tiers 1 and 2 are never grouped (symbols/placement).
  testCamp('t-p1', 6, [100, 48], 3),
  testCamp('t-p2', 7, [100.2, 48.1], 4),
  // A ring of camps about 40 px around the pair at zoom 6 leaves t-p2 no room to be
  // displaced into, so it is grouped with t-p1 there.
  ...[
    [-0.9, -0.6],
    [0, -0.6],
    [0.9, -0.6],
    [-0.9, 0],
    [0.9, 0],
    [-0.9, 0.6],
    [0, 0.6],
    [0.9, 0.6],
  ].map(([dx = 0, dy = 0], i) => testCamp(`t-r${String(i)}`, 8 + i, [100 + dx, 48 + dy], 3)),
]
const ALL = new Set(CAMPS.map((c) => c.id))
const RING = CAMPS.filter((c) => c.id.startsWith('t-r')).map((c) => c.id)
const SPREAD = ['t-a', 't-b', 't-c', 't-d', 't-e', ...RING]
const describeCamp: DescribeCamp = (camp) => ({ ariaLabel: `aria ${camp.id}`, tooltip: `tip ${camp.id}` })

type Rig = {
  map: L.Map
  container: HTMLElement
  layer: CampLayer
  picked: string[]
  opened: string[][]
  drawn: DrawnCamps[]
  /** The map's listeners before the layer was added. */
  listenersBefore: Record<string, number>
}

/** How many listeners the map has per event type (Leaflet keeps them in `_events`). */
function listenerCounts(map: L.Map): Record<string, number> {
  const events = (map as unknown as { _events?: Record<string, unknown[] | undefined> })._events ?? {}
  return Object.fromEntries(Object.entries(events).flatMap(([type, list]) => (list && list.length > 0 ? [[type, list.length]] : [])))
}

const rigs: Rig[] = []
afterEach(() => {
  for (const rig of rigs.splice(0)) {
    rig.map.remove()
    rig.container.remove()
  }
})

function setUp(painter: PainterFactory, camps: readonly Camp[] = CAMPS): Rig {
  const container = document.createElement('div')
  Object.defineProperty(container, 'clientWidth', { value: 800 })
  Object.defineProperty(container, 'clientHeight', { value: 600 })
  document.body.append(container)
  const map = L.map(container, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }).setView([50, 100], 6)
  const picked: string[] = []
  const opened: string[][] = []
  const drawn: DrawnCamps[] = []
  const layer = new CampLayer(
    { camps, onSelect: (id) => picked.push(id), onGroup: (activation) => opened.push([...activation.ids].sort()) },
    painter,
  )
  layer.on('drawn', (event) => drawn.push((event as DrawnEvent).placement.drawn))
  layer.setNames(describeCamp)
  // The overlays' measurements are kept per map (one 'unload' listener of the map's own, not the layer's).
  overlayRects(map)
  const listenersBefore = listenerCounts(map)
  layer.addTo(map)
  const rig = { map, container, layer, picked, opened, drawn, listenersBefore }
  rigs.push(rig)
  return rig
}

/** How a renderer's drawing is read back; every reading goes through clicks and the layer's callbacks. */
type Reader = {
  name: 'dom' | 'canvas'
  factory: PainterFactory
  /** The container points of the camps drawn on their own (only the marked ones, when asked). */
  singlePoints(rig: Rig, marked: boolean): L.Point[]
  /** The container points of the group markers. */
  groupPoints(rig: Rig): L.Point[]
  click(rig: Rig, at: L.Point): void
  /** Hovers the camp's marker and returns the tooltip's text. */
  hover(rig: Rig, id: string): string | null
  /** Something that grows whenever the layer draws. */
  activity(rig: Rig): number
}

const markerAt = new WeakMap<L.Point, HTMLElement>()

function domElements(rig: Rig, selector: string): HTMLElement[] {
  return [...rig.container.querySelectorAll<HTMLElement>(`.leaflet-marker-pane ${selector}`)]
}
function domPoint(rig: Rig, element: HTMLElement): L.Point {
  const point = rig.map.layerPointToContainerPoint(L.DomUtil.getPosition(element))
  markerAt.set(point, element)
  return point
}

const dom: Reader = {
  name: 'dom',
  factory: createDomPainter,
  singlePoints: (rig, marked) =>
    domElements(rig, '[data-camp-id][data-tier]')
      .filter((e) => !marked || e.matches('.camp-marker--selected, .camp-marker--highlighted'))
      .map((e) => domPoint(rig, e)),
  groupPoints: (rig) => domElements(rig, '[data-camp-ids]').map((e) => domPoint(rig, e)),
  click: (_rig, at) => markerAt.get(at)?.click(),
  hover(rig, id) {
    const element = domElements(rig, `[data-camp-id="${id}"]`)[0]
    element?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
    const text = rig.container.querySelector('.leaflet-tooltip')?.textContent ?? null
    element?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }))
    return text
  },
  activity: (rig) => rig.drawn.length,
}

/** The layer's canvas, remembered once seen (remove() takes it out of the page). */
const canvasOf = new WeakMap<Rig, HTMLCanvasElement>()
function campCanvas(rig: Rig): HTMLCanvasElement | null {
  const found = rig.container.querySelector<HTMLCanvasElement>('canvas.camp-canvas')
  if (found) canvasOf.set(rig, found)
  return found
}
/** The calls of the last redraw (from its clearRect). */
function lastFrame(canvas: HTMLCanvasElement): Call[] {
  const { calls } = recordingOf(canvas)
  return calls.slice(calls.map((c) => c.name).lastIndexOf('clearRect'))
}
function canvasPoint(rig: Rig, canvas: HTMLCanvasElement, x: number, y: number): L.Point {
  return rig.map.layerPointToContainerPoint(L.DomUtil.getPosition(canvas).add([x, y]))
}
/** A sprite is marked (selected or highlighted) when it was drawn with the yellow glow. */
const isMarkedSprite = (image: unknown) => image instanceof HTMLCanvasElement && recordingOf(image).props.shadowColor === '#ffcc00'

const canvas: Reader = {
  name: 'canvas',
  factory: createCanvasPainter,
  singlePoints(rig, marked) {
    const c = campCanvas(rig)
    if (c === null) return []
    return lastFrame(c)
      .filter((call) => call.name === 'drawImage' && isMarkedSprite(call.args[0]) === marked)
      .map(({ args }) => {
        const [, x, y, w, h] = args as [unknown, number, number, number, number]
        return canvasPoint(rig, c, x + w / 2, y + h / 2)
      })
  },
  groupPoints(rig) {
    // drawGroups() draws the discs between save() and restore(), each with its count as fillText at (x, y + 0.5).
    const c = campCanvas(rig)
    if (c === null) return []
    const frame = lastFrame(c)
    const names = frame.map((call) => call.name)
    return frame
      .slice(names.lastIndexOf('save'), names.lastIndexOf('restore'))
      .filter((call) => call.name === 'fillText')
      .map(({ args }) => canvasPoint(rig, c, args[1] as number, (args[2] as number) - 0.5))
  },
  click: (rig, at) => rig.map.fire('click', { containerPoint: at, latlng: rig.map.containerPointToLatLng(at) }),
  hover(rig, id) {
    const camp = CAMPS.find((c) => c.id === id)!
    rig.map.fire('mouseout')
    rig.map.fire('mousemove', { containerPoint: rig.map.latLngToContainerPoint([camp.lngLat[1], camp.lngLat[0]]) })
    return rig.container.querySelector('.leaflet-tooltip')?.textContent ?? null
  },
  activity: (rig) => {
    campCanvas(rig)
    const c = canvasOf.get(rig)
    return c === undefined ? 0 : recordingOf(c).calls.length
  },
}

/** The camps drawn on their own, found by clicking each one. */
function singles(reader: Reader, rig: Rig, marked = false): string[] {
  return reader
    .singlePoints(rig, marked)
    .map((at) => {
      const before = rig.picked.length
      reader.click(rig, at)
      return rig.picked.length === before ? `nothing at ${at.toString()}` : rig.picked.slice(before).join(' ')
    })
    .sort()
}

/** The group markers, each as the sorted ids its activation reports. */
function groups(reader: Reader, rig: Rig): string[][] {
  return reader.groupPoints(rig).map((at) => {
    const before = rig.opened.length
    reader.click(rig, at)
    return rig.opened.length === before ? [`nothing at ${at.toString()}`] : rig.opened[before]!
  })
}

describe.each([dom, canvas])('CampMarkerLayer contract: $name', (reader) => {
  it('says which renderer it is', () => {
    expect(setUp(reader.factory).layer.renderer).toBe(reader.name)
  })

  it('setVisible shows exactly the given camps and returns how many of the dataset it shows', () => {
    const rig = setUp(reader.factory)
    expect(rig.layer.setVisible(new Set(['t-a', 't-b', 't-c', 'not-a-camp']))).toBe(3)
    expect(singles(reader, rig)).toEqual(['t-a', 't-b', 't-c'])
    expect(groups(reader, rig)).toEqual([])
    expect(rig.layer.setVisible(ALL)).toBe(CAMPS.length)
    expect(singles(reader, rig)).toEqual([...SPREAD].sort())
    expect(groups(reader, rig)).toEqual([['t-p1', 't-p2']])
    expect(rig.layer.setVisible(new Set())).toBe(0)
    expect(singles(reader, rig)).toEqual([])
    expect(groups(reader, rig)).toEqual([])
  })

  it('regroups by itself on zoom: the pair is one group at zoom 6 and two markers at zoom 9', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(new Set(['t-p1', 't-p2', ...RING]))
    expect(groups(reader, rig)).toEqual([['t-p1', 't-p2']])
    rig.map.setView([48.05, 100.1], 9)
    expect(singles(reader, rig)).toEqual(['t-p1', 't-p2', ...RING].sort())
    expect(groups(reader, rig)).toEqual([])
    rig.map.setView([50, 100], 6)
    expect(groups(reader, rig)).toEqual([['t-p1', 't-p2']])
  })

  it('displaces a lower-tier camp where there is room instead of grouping it', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(new Set(['t-p1', 't-p2']))
    expect(singles(reader, rig)).toEqual(['t-p1', 't-p2'])
    expect(groups(reader, rig)).toEqual([])
  })

  it('setState marks exactly the camps named, one per kind, and null clears', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(ALL)
    expect(singles(reader, rig, true)).toEqual([])
    rig.layer.setState('selected', 't-a')
    expect(singles(reader, rig, true)).toEqual(['t-a'])
    rig.layer.setState('selected', 't-c')
    expect(singles(reader, rig, true)).toEqual(['t-c'])
    rig.layer.setState('highlighted', 't-e')
    expect(singles(reader, rig, true)).toEqual(['t-c', 't-e'])
    rig.layer.setState('selected', null)
    expect(singles(reader, rig, true)).toEqual(['t-e'])
    rig.layer.setState('highlighted', null)
    expect(singles(reader, rig, true)).toEqual([])
  })

  it('draws the selected camp on its own, out of its group, and regroups when it is closed', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(ALL)
    rig.layer.setState('selected', 't-p1')
    expect(singles(reader, rig)).toEqual([...SPREAD, 't-p1', 't-p2'].sort())
    expect(singles(reader, rig, true)).toEqual(['t-p1'])
    expect(groups(reader, rig)).toEqual([])
    rig.layer.setState('selected', null)
    expect(groups(reader, rig)).toEqual([['t-p1', 't-p2']])
  })

  it('marks a camp moved out from under the selected one where it is drawn', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(ALL)
    rig.layer.setState('selected', 't-p1')
    rig.layer.setState('highlighted', 't-p2')
    expect(singles(reader, rig, true)).toEqual(['t-p1', 't-p2'])
  })

  it('keeps the marks of camps that are filtered out and back in', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(ALL)
    rig.layer.setState('highlighted', 't-b')
    rig.layer.setVisible(new Set(['t-a']))
    expect(singles(reader, rig, true)).toEqual([])
    rig.layer.setVisible(ALL)
    expect(singles(reader, rig, true)).toEqual(['t-b'])
  })

  it('shows the names of setNames in its tooltips, and new names after a new setNames', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(ALL)
    expect(reader.hover(rig, 't-d')).toBe('tip t-d')
    rig.layer.setNames((camp) => ({ ariaLabel: `new aria ${camp.id}`, tooltip: `new tip ${camp.id}` }))
    expect(reader.hover(rig, 't-d')).toBe('new tip t-d')
  })

  it('fires `drawn` at every placement: its single markers and its groups, with their places', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(ALL)
    const last = rig.drawn.at(-1)!
    expect(last.singles.map((m) => m.id).sort()).toEqual([...SPREAD].sort())
    expect(last.singles.find((m) => m.id === 't-a')?.lngLat).toEqual([96, 50])
    expect(last.groups).toHaveLength(1)
    expect(last.groups[0]!.id.replace('group:', '').split(' ').sort()).toEqual(['t-p1', 't-p2'])
    const reports = rig.drawn.length
    rig.map.setView([48.05, 100.1], 9)
    expect(rig.drawn.length).toBe(reports + 1)
    expect(rig.drawn.at(-1)!.groups).toEqual([])
  })

  it('draws the other camps of a link on their own, never grouped, and marks them', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(ALL)
    expect(groups(reader, rig)).toEqual([['t-p1', 't-p2']])
    rig.layer.setLinked(new Set(['t-p2']))
    expect(groups(reader, rig)).toEqual([])
    expect(singles(reader, rig)).toEqual([...SPREAD, 't-p1', 't-p2'].sort())
    rig.layer.setLinked(new Set())
    expect(groups(reader, rig)).toEqual([['t-p1', 't-p2']])
  })
  it('remove() takes every marker and listener off the map; addTo() brings them back with their marks', () => {
    const rig = setUp(reader.factory)
    rig.layer.setVisible(ALL)
    rig.layer.setState('selected', 't-b')
    const points = [...reader.singlePoints(rig, false), ...reader.groupPoints(rig)]
    expect(points.length).toBe(SPREAD.length + 1)
    expect(listenerCounts(rig.map)).not.toEqual(rig.listenersBefore)
    rig.layer.remove()
    expect(listenerCounts(rig.map)).toEqual(rig.listenersBefore)
    expect(rig.container.querySelectorAll('[data-camp-id], [data-camp-ids], canvas.camp-canvas')).toHaveLength(0)
    const before = { picked: rig.picked.length, opened: rig.opened.length, activity: reader.activity(rig) }
    for (const at of points) reader.click(rig, at)
    rig.map.setView([48.05, 100.1], 9)
    rig.map.fire('resize')
    expect({ picked: rig.picked.length, opened: rig.opened.length, activity: reader.activity(rig) }).toEqual(before)
    rig.map.setView([50, 100], 6)
    rig.layer.addTo(rig.map)
    expect(singles(reader, rig)).toEqual([...SPREAD].sort())
    expect(singles(reader, rig, true)).toEqual(['t-b'])
    expect(groups(reader, rig)).toEqual([['t-p1', 't-p2']])
  })
})

describe('the DOM layer', () => {
  const element = (rig: Rig, selector: string) => domElements(rig, selector)[0]!

  it('keeps its group markers when the same selection is set again (every mount sets none), and rebuilds them when it changes', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    const before = domElements(rig, '[data-camp-ids]')
    expect(before.length).toBeGreaterThan(0)
    rig.layer.setState('selected', null)
    expect(domElements(rig, '[data-camp-ids]')).toEqual(before)
    expect(domElements(rig, '[data-camp-ids]').every((el, i) => el === before[i])).toBe(true)
    rig.layer.setState('selected', 't-p1')
    expect(domElements(rig, '[data-camp-ids]').some((el) => before.includes(el))).toBe(false)
  })

  it('keeps each marker element across a filter: a camp filtered out leaves the pane and comes back as the same element', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    const a = element(rig, '[data-camp-id="t-a"]')
    const pair = element(rig, '[data-camp-ids]')
    const tooltipOf = () => rig.container.querySelector('.leaflet-tooltip')?.textContent ?? null
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
    expect(tooltipOf()).toBe('tip t-a')
    rig.layer.setVisible(new Set(['t-b', 't-p1', 't-p2', ...RING]))
    // Out of the pane, its tooltip closed; the group that did not change is the same element.
    expect(domElements(rig, '[data-camp-id="t-a"]')).toEqual([])
    expect(a.isConnected).toBe(false)
    expect(tooltipOf()).toBeNull()
    expect(element(rig, '[data-camp-ids]')).toBe(pair)
    rig.layer.setVisible(ALL)
    expect(element(rig, '[data-camp-id="t-a"]')).toBe(a)
    expect(element(rig, '[data-camp-ids]')).toBe(pair)
    // One keydown listener still: Enter picks it once.
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(rig.picked).toEqual(['t-a'])
    expect(domElements(rig, '[data-camp-id], [data-camp-ids]')).toHaveLength(SPREAD.length + 1)
  })

  it('gives a group marker the tiers of its camps (data-tiers) and "×n"; marks a displaced marker, whose leader is drawn', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    const group = element(rig, '[data-camp-ids]')
    expect(group.dataset.tiers).toBe('3 4')
    expect(group.querySelectorAll('.camp-group__glyphs svg')).toHaveLength(2)
    expect(group.querySelector('.camp-group__count')?.textContent).toBe('×2')
    rig.layer.setVisible(new Set(['t-p1', 't-p2']))
    expect(domElements(rig, '.camp-marker--displaced').map((e) => e.dataset.campId)).toEqual(['t-p2'])
    expect(rig.container.querySelectorAll('.leaflet-overlay-pane .camp-leader, .leaflet-overlay-pane canvas').length).toBeGreaterThan(0)
  })

  it('keeps a leader while its camp stays displaced, hides it when the camp is not, and shows the same one again', () => {
    const rig = setUp(createDomPainter)
    const shown = (selector: string) =>
      [...rig.container.querySelectorAll<SVGElement>(`.leaflet-overlay-pane ${selector}`)].filter((el) => el.style.display !== 'none')
    rig.layer.setVisible(new Set(['t-p1', 't-p2']))
    const [line] = shown('.camp-leader')
    expect(shown('.camp-leader')).toHaveLength(1)
    expect(shown('.camp-leader__end')).toHaveLength(1)
    // Another camp far away comes and goes: the same path, not a new one.
    rig.layer.setVisible(new Set(['t-p1', 't-p2', 't-a']))
    expect(shown('.camp-leader')).toHaveLength(1)
    expect(shown('.camp-leader')[0]).toBe(line)
    // Grouped again inside the ring: no leader shown.
    rig.layer.setVisible(ALL)
    expect(domElements(rig, '.camp-marker--displaced')).toEqual([])
    expect(shown('.camp-leader')).toEqual([])
    expect(shown('.camp-leader__end')).toEqual([])
    rig.layer.setVisible(new Set(['t-p1', 't-p2']))
    expect(shown('.camp-leader')).toHaveLength(1)
    expect(shown('.camp-leader')[0]).toBe(line)
  })

  it('puts back the same group marker when a filter that took it away is cleared, and none after a zoom', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    const pair = element(rig, '[data-camp-ids]')
    rig.layer.setVisible(new Set(['t-a']))
    expect(domElements(rig, '[data-camp-ids]')).toEqual([])
    expect(pair.isConnected).toBe(false)
    rig.layer.setVisible(ALL)
    expect(element(rig, '[data-camp-ids]')).toBe(pair)
    // In reading order again: west to east by true longitude (the pair's first camp is at 100°).
    const order = domElements(rig, '[data-camp-id], [data-camp-ids]').map((el) => el.dataset.campId ?? el.dataset.campIds)
    expect(order.indexOf(pair.dataset.campIds)).toBeGreaterThan(order.indexOf('t-b'))
    expect(order.indexOf(pair.dataset.campIds)).toBeLessThan(order.indexOf('t-c'))
    // Another zoom: the groups kept aside are dropped, not put back.
    rig.layer.setVisible(new Set(['t-a']))
    rig.map.setZoom(9)
    rig.map.setZoom(6)
    rig.layer.setVisible(ALL)
    expect(element(rig, '[data-camp-ids]')).not.toBe(pair)
    expect(domElements(rig, '[data-camp-ids]')).toHaveLength(1)
  })

  it('hides the uncertainty halo of a camp filtered out and shows the same halo when it comes back', () => {
    const approximate: Camp = { ...testCamp('t-h', 30, [97, 49], 3), locationPrecision: 'approximate', uncertaintyKm: 40 }
    const rig = setUp(createDomPainter, [...CAMPS, approximate])
    const halos = () => [...rig.container.querySelectorAll<SVGElement>('.leaflet-overlay-pane .uncertainty-halo')]
    rig.layer.setVisible(new Set(['t-h', 't-a']))
    const [halo] = halos()
    expect(halos()).toHaveLength(1)
    expect(halo?.style.display).toBe('')
    rig.layer.setVisible(new Set(['t-a']))
    expect(halos()).toHaveLength(1)
    expect(halos()[0]).toBe(halo)
    expect(halo?.style.display).toBe('none')
    rig.layer.setVisible(new Set(['t-h']))
    expect(halos()[0]).toBe(halo)
    expect(halo?.style.display).toBe('')
  })

  it('gives each marker its camp id, tier and accessible name; Enter and Space select it', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    const a = element(rig, '[data-camp-id="t-a"]')
    expect(a.dataset.tier).toBe('1')
    expect(element(rig, '[data-camp-id="t-e"]').dataset.tier).toBe('unknown')
    expect(a.getAttribute('aria-label')).toBe('aria t-a')
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    a.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }))
    expect(rig.picked).toEqual(['t-a', 't-a'])
    rig.layer.setNames((camp) => ({ ariaLabel: `new aria ${camp.id}`, tooltip: camp.id }))
    expect(a.getAttribute('aria-label')).toBe('new aria t-a')
  })

  it("marks a camp with its kind's class, and the group that holds a camp with the group's class", () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    rig.layer.setState('selected', 't-a')
    rig.layer.setState('highlighted', 't-p2')
    expect(domElements(rig, '.camp-marker--selected').map((e) => e.dataset.campId)).toEqual(['t-a'])
    expect(domElements(rig, '.camp-marker--highlighted')).toEqual([])
    expect(domElements(rig, '.camp-group--highlighted').map((e) => e.dataset.campIds?.split(' ').sort())).toEqual([['t-p1', 't-p2']])
    expect(domElements(rig, '.camp-group--selected')).toEqual([])
    rig.layer.setState('highlighted', 't-b')
    expect(domElements(rig, '.camp-group--highlighted')).toEqual([])
    expect(domElements(rig, '.camp-marker--highlighted').map((e) => e.dataset.campId)).toEqual(['t-b'])
  })

  it("names a group marker with setGroupLabel from its camps' names, and renames it when either changes", () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    const group = () => element(rig, '[data-camp-ids]').getAttribute('aria-label')
    rig.layer.setGroupLabel((names) => `${names.length} camps: ${[...names].sort().join(' | ')}`)
    expect(group()).toBe('2 camps: tip t-p1 | tip t-p2')
    rig.layer.setNames((camp) => ({ ariaLabel: camp.id, tooltip: `name ${camp.id}` }))
    expect(group()).toBe('2 camps: name t-p1 | name t-p2')
  })

  it('marks the other camps of a link with is-linked and their linked accessible name', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setNames((camp) => ({ ariaLabel: `aria ${camp.id}`, tooltip: camp.id, linkedLabel: `linked ${camp.id}` }))
    rig.layer.setVisible(ALL)
    rig.layer.setLinked(new Set(['t-p2']))
    expect(domElements(rig, '.is-linked').map((e) => e.dataset.campId)).toEqual(['t-p2'])
    expect(element(rig, '[data-camp-id="t-p2"]').getAttribute('aria-label')).toBe('linked t-p2')
    expect(element(rig, '[data-camp-id="t-p1"]').getAttribute('aria-label')).toBe('aria t-p1')
    rig.layer.setLinked(new Set())
    expect(domElements(rig, '.is-linked')).toEqual([])
  })

  it('keeps its markers in reading order, west to east by true longitude (a group by its first camp)', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    const lngOf = (el: HTMLElement) => CAMPS.find((c) => c.id === (el.dataset.campId ?? el.dataset.campIds?.split(' ')[0]))!.lngLat[0]
    const order = () => domElements(rig, '[data-camp-id], [data-camp-ids]').map(lngOf)
    expect(order().length).toBe(SPREAD.length + 1)
    expect(order()).toEqual([...order()].sort((x, y) => x - y))
    rig.map.setView([48.05, 100.1], 9)
    expect(order()).toEqual([...order()].sort((x, y) => x - y))
  })

  it('focuses the marker that shows a camp after the next regroup: its own, or its group', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    rig.layer.focusAfterRegroup('t-p2')
    expect(document.activeElement).toBe(document.body)
    rig.map.fire('resize')
    expect((document.activeElement as HTMLElement).dataset.campIds?.split(' ')).toContain('t-p2')
    rig.layer.focusAfterRegroup('t-p1')
    rig.map.setView([48.05, 100.1], 9)
    expect((document.activeElement as HTMLElement).dataset.campId).toBe('t-p1')
  })

  it('focusCamp focuses the marker that shows a camp now: its own, or the group holding it; false for a camp not drawn', () => {
    const rig = setUp(createDomPainter)
    rig.layer.setVisible(ALL)
    expect(rig.layer.focusCamp('t-a')).toBe(true)
    expect((document.activeElement as HTMLElement).dataset.campId).toBe('t-a')
    expect(rig.layer.focusCamp('t-p2')).toBe(true)
    expect((document.activeElement as HTMLElement).dataset.campIds?.split(' ')).toContain('t-p2')
    ;(document.activeElement as HTMLElement).blur()
    rig.layer.setVisible(new Set(['t-a']))
    expect(rig.layer.focusCamp('t-b')).toBe(false)
    expect(rig.layer.focusCamp('not-a-camp')).toBe(false)
    expect(document.activeElement).toBe(document.body)
    rig.layer.remove()
    expect(rig.layer.focusCamp('t-a')).toBe(false)
  })
})

describe('the canvas layer', () => {
  it('draws one aria-hidden canvas and no element per camp', () => {
    const rig = setUp(createCanvasPainter)
    rig.layer.setVisible(ALL)
    rig.map.setView([48.05, 100.1], 9)
    const canvases = rig.container.querySelectorAll('canvas.camp-canvas')
    expect(canvases).toHaveLength(1)
    expect(canvases[0]!.getAttribute('aria-hidden')).toBe('true')
    expect(rig.container.querySelectorAll('[data-camp-id], [data-camp-ids]')).toHaveLength(0)
  })

  it('draws the other camps of a link with the marked symbol', () => {
    const rig = setUp(createCanvasPainter)
    rig.layer.setVisible(ALL)
    rig.layer.setLinked(new Set(['t-d', 't-e']))
    expect(singles(canvas, rig, true)).toEqual(['t-d', 't-e'])
  })

  it('focusCamp focuses nothing (the canvas holds nothing focusable) and says so', () => {
    const rig = setUp(createCanvasPainter)
    rig.layer.setVisible(ALL)
    expect(rig.layer.focusCamp('t-a')).toBe(false)
    expect(document.activeElement).toBe(document.body)
  })
})
