import L from 'leaflet'
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
 * Paints a placement as keyboard-focusable DOM markers in the legend's symbols, created once
 * per dataset; a placement adds and removes them, it never rebuilds them. Group markers are
 * rebuilt at every placement (never while panning). The markers are kept in the marker pane
 * in reading order, west to east by the camps' true longitude (a group by its first
 * camp's), so that Tab reaches them in that order. Their numbers and names are drawn by the
 * label layer from the camp layer's `drawn` event.
 */
export const createDomPainter: PainterFactory = ({ camps, onSelect, onGroup }) => {
  const group = L.layerGroup()
  let marks: CampMarks = { selected: null, highlighted: null, linked: new Set() }
  let map: L.Map | null = null
  let groupMarkersDrawn: { marker: L.Marker; ids: string[] }[] = []
  /** Thin leader lines from displaced markers to their camps' true positions, under the markers. */
  const leaders = L.layerGroup()
  let groupLabel: GroupLabel = (names) => names.join(', ')
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
    marker.on('add', () => decorate(entry, onSelect, marks))
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

  function addLeader(on: L.Map, m: PlacedSingle, zoom: number): void {
    const from = on.unproject([m.x, m.y], zoom)
    const to = on.unproject([m.anchorX, m.anchorY], zoom)
    leaders.addLayer(L.polyline([from, to], { interactive: false, className: 'camp-leader', color: '#3b352d', weight: 1, opacity: 0.85 }))
    leaders.addLayer(
      L.circleMarker(to, { interactive: false, className: 'camp-leader__end', radius: 2, weight: 0, fillColor: '#3b352d', fillOpacity: 1 }),
    )
  }

  /** Tab follows the marker pane's order: west to east by true longitude (a group by its first camp). */
  function orderForReading(): void {
    const pane = map?.getPane('markerPane')
    if (!pane) return
    const lngOf = (el: HTMLElement): number => {
      const id = el.dataset.campId ?? el.dataset.campIds?.split(' ')[0] ?? ''
      return byId.get(id)?.camp.lngLat[0] ?? Number.POSITIVE_INFINITY
    }
    const markers = [...pane.children].filter((el): el is HTMLElement => el instanceof HTMLElement)
    const sorted = markers.map((el, i) => ({ el, lng: lngOf(el), i })).sort((a, b) => a.lng - b.lng || a.i - b.i)
    if (sorted.every((s, i) => s.el === markers[i])) return
    const focused = document.activeElement
    pane.append(...sorted.map((s) => s.el))
    if (focused instanceof HTMLElement && pane.contains(focused)) focused.focus({ preventScroll: true })
  }

  function paint(placement: CampPlacement): void {
    const on = map
    if (on === null) return
    const { zoom, visible } = placement
    for (const g of groupMarkersDrawn) group.removeLayer(g.marker)
    groupMarkersDrawn = []
    leaders.clearLayers()
    const singles = new Map<string, PlacedSingle>()
    for (const m of placement.markers) {
      if (m.kind === 'single') {
        singles.set(m.id, m)
        if (m.displaced) addLeader(on, m, zoom)
        continue
      }
      const latLng = on.unproject([m.x, m.y], zoom)
      const names = m.ids.map((id) => byId.get(id)?.tooltip.textContent ?? id)
      const counts = m.tiers.map((tier, i) => ({ tier, count: m.tierCounts[i] ?? 0 }))
      const marker = createGroupMarker(latLng, m, groupLabel(names, counts), names, onGroup)
      groupMarkersDrawn.push({ marker, ids: m.ids })
      group.addLayer(marker)
    }
    for (const entry of entries) {
      const shown = visible.has(entry.camp.id)
      if (entry.halo !== null && shown !== group.hasLayer(entry.halo)) {
        if (shown) group.addLayer(entry.halo)
        else group.removeLayer(entry.halo)
      }
      const single = singles.get(entry.camp.id)
      entry.single = single !== undefined
      if (single !== undefined) {
        const at = single.displaced ? on.unproject([single.x, single.y], zoom) : L.latLng(toLatLng(entry.camp.lngLat))
        if (!entry.marker.getLatLng().equals(at)) entry.marker.setLatLng(at)
        entry.marker.getElement()?.classList.toggle('camp-marker--displaced', single.displaced)
        entry.displaced = single.displaced
      }
      const wanted = entry.single && shown
      if (wanted && !group.hasLayer(entry.marker)) group.addLayer(entry.marker)
      if (!wanted && group.hasLayer(entry.marker)) group.removeLayer(entry.marker)
    }
    applyGroupMarks()
    orderForReading()
  }

  const painter: CampPainter = {
    renderer: 'dom',
    add(target) {
      map = target
      leaders.addTo(target)
      group.addTo(target)
    },
    remove() {
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
      element?.focus({ preventScroll: true })
      return element !== undefined
    },
  }
  return painter
}
