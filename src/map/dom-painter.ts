import * as L from 'leaflet'
import type { Camp } from '../data/schema'
import { tierKeyOf } from '../data/tier-key'
import { toLatLng } from '../geo/lng-lat'
import { createMarkerContent } from './marker-element'
import { tierSymbol } from '../symbols/tier-symbol'
import type { PlacedSingle } from '../symbols/placement/place-markers'
import { hitBoxPx } from './grouping/marker-sizes'
import { createGroupMarker } from './grouping/group-marker'
import type { GroupLabel } from './camp-marker-layer'
import type { CampMarks, CampPainter, CampPlacement, PainterFactory } from './camp-layer'

type Entry = {
  camp: Camp
  marker: L.Marker
  halo: L.Circle | null
  tooltip: HTMLElement
  ariaLabel: string
  /** The accessible name when the camp is one of a link's other camps. */
  linkedLabel: string
  /** Drawn as its own marker (not inside a group) at the current zoom. */
  single: boolean
  /** Drawn away from its true position, with a leader line to it. */
  displaced: boolean
}

/** Whether a camp has each mark: the classes `camp-marker--<kind>` (`camp-group--<kind>` on a group holding it). */
function marksOf(marks: CampMarks, id: string): Record<'selected' | 'highlighted', boolean> {
  return { selected: marks.selected === id, highlighted: marks.highlighted === id }
}

/** Paints a camp's marks on its marker: the state classes, and `is-linked` with its accessible name. */
function paintMarks(entry: Entry, marks: CampMarks): void {
  const element = entry.marker.getElement()
  if (!element) return
  for (const [kind, on] of Object.entries(marksOf(marks, entry.camp.id))) element.classList.toggle(`camp-marker--${kind}`, on)
  element.classList.toggle('is-linked', marks.linked.has(entry.camp.id))
  element.setAttribute('aria-label', marks.linked.has(entry.camp.id) ? entry.linkedLabel : entry.ariaLabel)
}

function decorate(entry: Entry, onSelect: (id: string) => void, marks: CampMarks): void {
  const element = entry.marker.getElement()
  if (!element) return
  element.dataset.campId = entry.camp.id
  element.dataset.tier = tierKeyOf(entry.camp.tier)
  element.classList.toggle('camp-marker--displaced', entry.displaced)
  paintMarks(entry, marks)
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(entry.camp.id)
    }
  })
}

/**
 * Shows or hides a vector layer of `group`: added the first time it is shown; after that its
 * SVG path is hidden and shown, cheaper than Leaflet's removal and re-adding of each path that
 * a filter takes away and brings back. A path drawn on a canvas has no element: it is removed.
 */
function showPath(group: L.LayerGroup, path: L.Path, shown: boolean): void {
  if (!group.hasLayer(path)) {
    if (shown) group.addLayer(path)
    return
  }
  const element = path.getElement()
  if (element instanceof SVGElement) element.style.display = shown ? '' : 'none'
  else if (!shown) group.removeLayer(path)
}

/** How many group markers not drawn are kept for a filter that brings them back. */
const MAX_GROUPS_ASIDE = 64

/** A group marker kept between placements while the same camps, in the same words, make it up. */
type DrawnGroup = { key: string; marker: L.Marker; ids: readonly string[] }

/**
 * Paints a placement as keyboard-focusable DOM markers in the legend's symbols. Each camp's
 * marker is built once per dataset, the first time it is drawn, and then stays on the map:
 * a filter or a regroup takes its element out of the marker pane and puts it back, so its
 * icon, listeners and tooltip are never rebuilt (the pane holds only the markers drawn). A
 * group marker is kept while the same camps, with the same accessible name, make it up
 * (moved if the placement moves it) and rebuilt otherwise. The markers are kept in the
 * marker pane in reading order, west to east by the camps' true longitude (a group by its
 * first camp's), so that Tab reaches them in that order. Their numbers and names are drawn
 * by the label layer from the camp layer's `drawn` event.
 */
export const createDomPainter: PainterFactory = ({ camps, onSelect, onGroup }) => {
  const group = L.layerGroup()
  let marks: CampMarks = { selected: null, highlighted: null, linked: new Set() }
  let map: L.Map | null = null
  let groupMarkersDrawn: DrawnGroup[] = []
  /** Thin leader lines from displaced markers to their camps' true positions, under the markers. */
  const leaders = L.layerGroup()
  let groupLabel: GroupLabel = (names) => names.join(', ')
  /** The longitude each marker element is read in (a group's by its first camp). */
  const readingLng = new WeakMap<Element, number>()
  const entries = camps.map((camp): Entry => {
    const symbol = tierSymbol(tierKeyOf(camp.tier))
    const box = hitBoxPx(symbol.sizePx)
    const icon = L.divIcon({
      html: createMarkerContent(symbol),
      className: `camp-marker camp-marker--tier-${tierKeyOf(camp.tier)}`,
      iconSize: [box, box],
      iconAnchor: [box / 2, box / 2],
    })
    const marker = L.marker(toLatLng(camp.lngLat), {
      icon,
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: (6 - symbol.priority) * 1000,
    })
    const tooltip = document.createElement('span')
    const halo =
      camp.locationPrecision === 'settlement'
        ? null
        : L.circle(toLatLng(camp.lngLat), {
            radius: camp.uncertaintyKm * 1000,
            interactive: false,
            className: 'uncertainty-halo',
            color: '#6b4f2a',
            weight: 1.2,
            dashArray: '5 5',
            fillOpacity: 0.06,
          })
    const entry: Entry = { camp, marker, halo, tooltip, ariaLabel: camp.name, linkedLabel: camp.name, single: true, displaced: false }
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -box / 2] })
    marker.on('add', () => {
      decorate(entry, onSelect, marks)
      const element = marker.getElement()
      if (element) readingLng.set(element, camp.lngLat[0])
    })
    marker.on('click', () => onSelect(camp.id))
    return entry
  })
  const byId = new Map(entries.map((e) => [e.camp.id, e]))

  function applyGroupMarks(): void {
    for (const g of groupMarkersDrawn) {
      const element = g.marker.getElement()
      if (!element) continue
      element.classList.toggle('camp-group--selected', marks.selected !== null && g.ids.includes(marks.selected))
      element.classList.toggle('camp-group--highlighted', marks.highlighted !== null && g.ids.includes(marks.highlighted))
    }
  }

  /** The leader of a displaced camp: a line from its marker to its true position, and a dot there. */
  type Leader = { line: L.Polyline; end: L.CircleMarker }
  /** Every camp's leader once built; a camp not displaced now has its leader hidden. */
  const leadersById = new Map<string, Leader>()

  /**
   * Draws a leader for each displaced camp and hides the others. A leader is built the first
   * time its camp is displaced and kept: a filter hides and shows it, a new placement moves it.
   */
  function paintLeaders(on: L.Map, displaced: ReadonlyMap<string, PlacedSingle>, zoom: number): void {
    for (const [id, leader] of leadersById) {
      if (displaced.has(id)) continue
      showPath(leaders, leader.line, false)
      showPath(leaders, leader.end, false)
    }
    for (const [id, m] of displaced) {
      const from = on.unproject([m.x, m.y], zoom)
      const to = on.unproject([m.anchorX, m.anchorY], zoom)
      let leader = leadersById.get(id)
      if (leader === undefined) {
        leader = {
          line: L.polyline([from, to], { interactive: false, className: 'camp-leader', color: '#3b352d', weight: 1, opacity: 0.85 }),
          end: L.circleMarker(to, {
            interactive: false,
            className: 'camp-leader__end',
            radius: 2,
            weight: 0,
            fillColor: '#3b352d',
            fillOpacity: 1,
          }),
        }
        leadersById.set(id, leader)
      } else {
        const [a, b] = leader.line.getLatLngs() as L.LatLng[]
        if (a === undefined || b === undefined || !a.equals(from) || !b.equals(to)) leader.line.setLatLngs([from, to])
        if (!leader.end.getLatLng().equals(to)) leader.end.setLatLng(to)
      }
      showPath(leaders, leader.line, true)
      showPath(leaders, leader.end, true)
    }
  }

  /**
   * Tab follows the marker pane's order: west to east by true longitude (a group by its
   * first camp). Puts `entering` (markers to show again) in their places and moves only the
   * markers out of order; anything else in the pane keeps its order after them.
   */
  function orderForReading(pane: HTMLElement, entering: readonly HTMLElement[]): void {
    const lngOf = (el: Element): number => {
      const known = readingLng.get(el)
      if (known !== undefined) return known
      const id = el instanceof HTMLElement ? (el.dataset.campId ?? el.dataset.campIds?.split(' ')[0] ?? '') : ''
      return byId.get(id)?.camp.lngLat[0] ?? Number.POSITIVE_INFINITY
    }
    const present = [...pane.children]
    const sorted = [...present, ...entering].map((el, i) => ({ el, lng: lngOf(el), i })).sort((a, b) => a.lng - b.lng || a.i - b.i)
    if (entering.length === 0 && sorted.every((s, i) => s.el === present[i])) return
    const focused = document.activeElement
    let next: Element | null = pane.firstElementChild
    for (const { el } of sorted) {
      if (el === next) next = next.nextElementSibling
      else pane.insertBefore(el, next)
    }
    if (focused instanceof HTMLElement && focused !== document.activeElement && pane.contains(focused))
      focused.focus({ preventScroll: true })
  }

  /**
   * Group markers not drawn now, built at the current zoom: kept off the pane (like a camp's
   * marker) in case the same group comes back, as it does when a filter is cleared. At most
   * MAX_GROUPS_ASIDE, and only for one zoom: another zoom makes other groups.
   */
  const groupsAside = new Map<string, DrawnGroup>()
  let groupsZoom = Number.NaN

  function dropGroupsAside(): void {
    for (const g of groupsAside.values()) group.removeLayer(g.marker)
    groupsAside.clear()
  }

  /**
   * The group markers of a placement: those with the same camps and name are kept (moved if
   * need be, put back if they were aside), the others built. Returns the elements put back.
   */
  function paintGroups(on: L.Map, placement: CampPlacement): HTMLElement[] {
    if (placement.zoom !== groupsZoom) {
      dropGroupsAside()
      groupsZoom = placement.zoom
    }
    const previous = new Map(groupMarkersDrawn.map((g) => [g.key, g]))
    const next: DrawnGroup[] = []
    const entering: HTMLElement[] = []
    for (const m of placement.markers) {
      if (m.kind !== 'group') continue
      const latLng = on.unproject([m.x, m.y], placement.zoom)
      const names = m.ids.map((id) => byId.get(id)?.tooltip.textContent ?? id)
      const counts = m.tiers.map((tier, i) => ({ tier, count: m.tierCounts[i] ?? 0 }))
      const label = groupLabel(names, counts)
      const key = `${m.ids.join(' ')}\n${m.tiers.join(' ')}\n${names.join('\n')}\n${label}`
      const kept = previous.get(key) ?? groupsAside.get(key)
      if (kept !== undefined) {
        previous.delete(key)
        if (groupsAside.delete(key)) {
          const element = kept.marker.getElement()
          if (element) entering.push(element)
        }
        if (!kept.marker.getLatLng().equals(latLng)) kept.marker.setLatLng(latLng)
        next.push(kept)
        continue
      }
      const marker = createGroupMarker(latLng, m, label, names, onGroup)
      group.addLayer(marker)
      const element = marker.getElement()
      const first = byId.get(m.ids[0] ?? '')
      if (element && first) readingLng.set(element, first.camp.lngLat[0])
      next.push({ key, marker, ids: m.ids })
    }
    for (const g of previous.values()) {
      g.marker.closeTooltip()
      g.marker.getElement()?.remove()
      groupsAside.set(g.key, g)
    }
    for (const [key, g] of groupsAside) {
      if (groupsAside.size <= MAX_GROUPS_ASIDE) break
      group.removeLayer(g.marker)
      groupsAside.delete(key)
    }
    groupMarkersDrawn = next
    return entering
  }

  function paint(placement: CampPlacement): void {
    const on = map
    if (on === null) return
    const pane = on.getPane('markerPane')
    const { zoom, visible } = placement
    const entering = paintGroups(on, placement)
    const singles = new Map<string, PlacedSingle>()
    const displaced = new Map<string, PlacedSingle>()
    for (const m of placement.markers) {
      if (m.kind !== 'single') continue
      singles.set(m.id, m)
      if (m.displaced) displaced.set(m.id, m)
    }
    paintLeaders(on, displaced, zoom)
    for (const entry of entries) {
      const shown = visible.has(entry.camp.id)
      if (entry.halo !== null) showPath(group, entry.halo, shown)
      const single = singles.get(entry.camp.id)
      entry.single = single !== undefined
      if (single !== undefined) {
        const at = single.displaced ? on.unproject([single.x, single.y], zoom) : L.latLng(toLatLng(entry.camp.lngLat))
        if (!entry.marker.getLatLng().equals(at)) entry.marker.setLatLng(at)
        entry.marker.getElement()?.classList.toggle('camp-marker--displaced', single.displaced)
        entry.displaced = single.displaced
      }
      const wanted = entry.single && shown
      // Built (and put in the pane by Leaflet) the first time it is drawn; after that only shown and hidden.
      if (!group.hasLayer(entry.marker)) {
        if (wanted) group.addLayer(entry.marker)
        continue
      }
      const element = entry.marker.getElement()
      if (!element || pane === undefined) continue
      const inPane = element.parentNode === pane
      if (wanted && !inPane) entering.push(element)
      if (!wanted && inPane) {
        entry.marker.closeTooltip()
        element.remove()
      }
    }
    applyGroupMarks()
    if (pane !== undefined) orderForReading(pane, entering)
  }

  const painter: CampPainter = {
    renderer: 'dom',
    add(target) {
      map = target
      leaders.addTo(target)
      group.addTo(target)
    },
    remove() {
      dropGroupsAside()
      group.remove()
      leaders.remove()
      map = null
    },
    paint,
    mark(next) {
      marks = next
      for (const entry of entries) paintMarks(entry, marks)
      applyGroupMarks()
    },
    setNames(describe) {
      for (const entry of entries) {
        const { ariaLabel, tooltip, linkedLabel } = describe(entry.camp)
        entry.ariaLabel = ariaLabel
        entry.linkedLabel = linkedLabel ?? ariaLabel
        entry.tooltip.textContent = tooltip
        paintMarks(entry, marks)
      }
    },
    setGroupLabel(label) {
      groupLabel = label
    },
    focus(id) {
      const own = byId.get(id)
      const element = own?.single ? own.marker.getElement() : groupMarkersDrawn.find((g) => g.ids.includes(id))?.marker.getElement()
      if (element?.isConnected !== true) return false
      element.focus({ preventScroll: true })
      return true
    },
  }
  return painter
}
