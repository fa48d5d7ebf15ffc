import L from 'leaflet'
import type { Camp } from '../data/schema'
import { tierKeyOf } from '../data/tier-key'
import { toLatLng } from '../geo/lng-lat'
import { createMarkerContent } from './marker-element'
import { tierSymbol } from '../symbols/tier-symbol'
import { placeMarkers, type PlacedSingle, type PlacementInput } from '../symbols/placement/place-markers'
import { groupSizePx } from '../symbols/group-symbol'
import { MIN_SEPARATION_PX, hitBoxPx } from './grouping/marker-sizes'
import { createGroupMarker } from './grouping/group-marker'
import { placementFrame } from './placement-frame'
import type { CampLayerOptions, CampMarkerLayer, GroupLabel, MarkerState } from './camp-marker-layer'

type Entry = {
  camp: Camp
  marker: L.Marker
  halo: L.Circle | null
  tooltip: HTMLElement
  ariaLabel: string
  /** Drawn as its own marker (not inside a group) at the current zoom. */
  single: boolean
  /** Drawn away from its true position, with a leader line to it. */
  displaced: boolean
}

/** The CSS classes of a marked camp marker; a group holding the camp gets `camp-group--<kind>`. */
const STATE_CLASS: Readonly<Record<MarkerState, string>> = {
  selected: 'camp-marker--selected',
  highlighted: 'camp-marker--highlighted',
}

function decorate(entry: Entry, onSelect: (id: string) => void, states: ReadonlyMap<MarkerState, string | null>): void {
  const element = entry.marker.getElement()
  if (!element) return
  for (const [kind, id] of states) element.classList.toggle(STATE_CLASS[kind], id === entry.camp.id)
  element.dataset.campId = entry.camp.id
  element.dataset.tier = tierKeyOf(entry.camp.tier)
  element.classList.toggle('camp-marker--displaced', entry.displaced)
  element.setAttribute('aria-label', entry.ariaLabel)
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(entry.camp.id)
    }
  })
}

/**
 * The camps as keyboard-focusable DOM markers in the legend's symbols, created once per
 * dataset; filtering adds and removes them, it never rebuilds them. Camps whose markers
 * would overlap at the current zoom are drawn as one group marker (rebuilt on zoom, filter
 * and selection, never while panning), so that every marker can be seen and picked. Their
 * numbers and names are drawn by the label layer (labels/label-layer.ts) from `onDrawn`.
 * 'selected' and 'highlighted' are the classes `camp-marker--<kind>` (and `camp-group--<kind>`
 * on the group that holds the camp).
 */
export function createCampLayer({ camps, onSelect, onGroup, onDrawn = () => {} }: CampLayerOptions): CampMarkerLayer {
  const group = L.layerGroup()
  const states = new Map<MarkerState, string | null>()
  let map: L.Map | null = null
  let visibleIds: ReadonlySet<string> = new Set()
  let groupMarkersDrawn: { marker: L.Marker; ids: string[]; sizePx: number }[] = []
  /** Thin leader lines from displaced markers to their camps' true positions, under the markers. */
  const leaders = L.layerGroup()
  let groupLabel: GroupLabel = (names) => names.join(', ')
  let pendingFocus: string | null = null
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
    const entry: Entry = { camp, marker, halo, tooltip, ariaLabel: camp.name, single: true, displaced: false }
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -box / 2] })
    marker.on('add', () => decorate(entry, onSelect, states))
    marker.on('click', () => onSelect(camp.id))
    return entry
  })
  const byId = new Map(entries.map((e) => [e.camp.id, e]))
  const orderOf = new Map(entries.map((e, i) => [e.camp.id, i]))

  function applyGroupStates(): void {
    for (const g of groupMarkersDrawn) {
      const element = g.marker.getElement()
      if (!element) continue
      for (const [kind, id] of states) element.classList.toggle(`camp-group--${kind}`, id !== null && g.ids.includes(id))
    }
  }

  function regroup(): void {
    const on = map
    if (on === null) return
    const zoom = on.getZoom()
    const points: PlacementInput[] = []
    for (const entry of entries) {
      if (!visibleIds.has(entry.camp.id)) continue
      const p = on.project(toLatLng(entry.camp.lngLat), zoom)
      points.push({ id: entry.camp.id, x: p.x, y: p.y, tier: tierKeyOf(entry.camp.tier), order: orderOf.get(entry.camp.id) ?? 0 })
    }
    // No marker is moved under the legend, a panel or a control, or out of the view.
    const { obstacles, view } = placementFrame(on)
    const placed = placeMarkers(points, { separationPx: MIN_SEPARATION_PX, selectedId: states.get('selected') ?? null, obstacles, view })
    for (const g of groupMarkersDrawn) group.removeLayer(g.marker)
    groupMarkersDrawn = []
    leaders.clearLayers()
    const singles = new Map<string, PlacedSingle>()
    for (const m of placed) {
      if (m.kind === 'single') {
        singles.set(m.id, m)
        if (m.displaced) {
          const from = on.unproject([m.x, m.y], zoom)
          const to = on.unproject([m.anchorX, m.anchorY], zoom)
          leaders.addLayer(
            L.polyline([from, to], { interactive: false, className: 'camp-leader', color: '#3b352d', weight: 1, opacity: 0.85 }),
          )
          leaders.addLayer(
            L.circleMarker(to, {
              interactive: false,
              className: 'camp-leader__end',
              radius: 2,
              weight: 0,
              fillColor: '#3b352d',
              fillOpacity: 1,
            }),
          )
        }
        continue
      }
      const latLng = on.unproject([m.x, m.y], zoom)
      const names = m.ids.map((id) => byId.get(id)?.tooltip.textContent ?? id)
      const counts = m.tiers.map((tier, i) => ({ tier, count: m.tierCounts[i] ?? 0 }))
      const marker = createGroupMarker(latLng, m, groupLabel(names, counts), names, onGroup)
      groupMarkersDrawn.push({ marker, ids: m.ids, sizePx: groupSizePx(m.tiers) })
      group.addLayer(marker)
    }
    for (const entry of entries) {
      const single = singles.get(entry.camp.id)
      entry.single = single !== undefined
      if (single !== undefined) {
        const at = single.displaced ? on.unproject([single.x, single.y], zoom) : L.latLng(toLatLng(entry.camp.lngLat))
        if (!entry.marker.getLatLng().equals(at)) entry.marker.setLatLng(at)
        entry.marker.getElement()?.classList.toggle('camp-marker--displaced', single.displaced)
        entry.displaced = single.displaced
      }
      const wanted = entry.single && visibleIds.has(entry.camp.id)
      if (wanted && !group.hasLayer(entry.marker)) group.addLayer(entry.marker)
      if (!wanted && group.hasLayer(entry.marker)) group.removeLayer(entry.marker)
    }
    applyGroupStates()
    onDrawn({
      singles: entries
        .filter((e) => e.single && visibleIds.has(e.camp.id))
        .map((e) => ({ id: e.camp.id, lngLat: [e.marker.getLatLng().lng, e.marker.getLatLng().lat] as const })),
      groups: groupMarkersDrawn.map((g) => {
        const at = g.marker.getLatLng()
        return { id: `group:${g.ids.join(' ')}`, lngLat: [at.lng, at.lat] as const, sizePx: g.sizePx }
      }),
    })
    if (pendingFocus !== null) {
      const id = pendingFocus
      pendingFocus = null
      const own = byId.get(id)
      const element = own?.single ? own.marker.getElement() : groupMarkersDrawn.find((g) => g.ids.includes(id))?.marker.getElement()
      element?.focus({ preventScroll: true })
    }
  }

  /** Group markers carry their camps' names: redrawn when the names or their wording change. */
  function relabelGroups(): void {
    if (groupMarkersDrawn.length > 0) regroup()
  }

  return {
    renderer: 'dom',
    addTo(target) {
      map = target
      leaders.addTo(target)
      group.addTo(target)
      target.on('zoomend resize', regroup)
      regroup()
    },
    remove() {
      map?.off('zoomend resize', regroup)
      group.remove()
      leaders.remove()
      map = null
    },
    setVisible(ids) {
      visibleIds = ids
      let shown = 0
      for (const entry of entries) {
        const visible = ids.has(entry.camp.id)
        if (visible) shown += 1
        const layer = entry.halo
        if (layer === null) continue
        if (visible && !group.hasLayer(layer)) group.addLayer(layer)
        if (!visible && group.hasLayer(layer)) group.removeLayer(layer)
      }
      regroup()
      return shown
    },
    setNames(describe) {
      for (const entry of entries) {
        const { ariaLabel, tooltip } = describe(entry.camp)
        entry.ariaLabel = ariaLabel
        entry.tooltip.textContent = tooltip
        entry.marker.getElement()?.setAttribute('aria-label', ariaLabel)
      }
      relabelGroups()
    },
    setGroupLabel(label) {
      groupLabel = label
      relabelGroups()
    },
    setState(kind, id) {
      const changed = (states.get(kind) ?? null) !== id
      states.set(kind, id)
      for (const entry of entries) {
        entry.marker.getElement()?.classList.toggle(STATE_CLASS[kind], entry.camp.id === id)
      }
      // The selected camp is always drawn on its own: its group opens around it. The same
      // selection again (every mount sets "none") needs no new grouping.
      if (kind === 'selected' && changed) regroup()
      else applyGroupStates()
    },
    focusAfterRegroup(id) {
      pendingFocus = id
    },
  }
}
