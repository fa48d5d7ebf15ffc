import L from 'leaflet'
import type { Camp } from '../data/schema'
import { tierKeyOf } from '../data/tier-key'
import { toLatLng } from '../geo/lng-lat'
import { createMarkerContent } from './marker-element'
import { tierSymbol } from '../symbols/tier-symbol'
import { groupMarkers, type DrawnMarker, type GroupInput } from './grouping/group-markers'
import { GROUP_PX, MIN_SEPARATION_PX, hitBoxPx } from './grouping/marker-sizes'
import { createGroupMarker, type GroupActivation } from './grouping/group-marker'

type Entry = {
  camp: Camp
  marker: L.Marker
  halo: L.Circle | null
  tooltip: HTMLElement
  ariaLabel: string
  /** Drawn as its own marker (not inside a group) at the current zoom. */
  single: boolean
}

export type CampLayer = {
  group: L.LayerGroup
  setVisible(ids: ReadonlySet<string>): void
  setNames(describe: (camp: Camp) => { ariaLabel: string; tooltip: string }): void
  /** Marks one camp (or none) with a class, e.g. selected or highlighted; survives re-adding. */
  setState(className: string, id: string | null): void
  /** Joins the camps whose markers would overlap at the map's zoom into group markers. */
  regroup(map: L.Map): void
  /** Focuses the marker that shows this camp (its own, or its group) after the next regroup. */
  focusAfterRegroup(id: string): void
  /** The accessible name of a group marker, from its camps' "number. name" texts. */
  setGroupLabel(label: (names: string[]) => string): void
}

/** What the layer drew at the last regroup: the single markers (labelled by the label layer) and the group markers (kept clear of). */
export type DrawnCamps = {
  singles: readonly { id: string; lngLat: readonly [number, number] }[]
  groups: readonly { id: string; lngLat: readonly [number, number]; sizePx: number }[]
}

export const SELECTED_CLASS = 'camp-marker--selected'

function decorate(entry: Entry, onSelect: (id: string) => void, states: ReadonlyMap<string, string | null>): void {
  const element = entry.marker.getElement()
  if (!element) return
  for (const [className, id] of states) element.classList.toggle(className, id === entry.camp.id)
  element.dataset.campId = entry.camp.id
  element.dataset.tier = tierKeyOf(entry.camp.tier)
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
 */
export function createCampLayer(
  camps: readonly Camp[],
  onSelect: (id: string) => void,
  onGroup: (activation: GroupActivation) => void,
  onDrawn: (drawn: DrawnCamps) => void = () => {},
): CampLayer {
  const group = L.layerGroup()
  const states = new Map<string, string | null>()
  let visibleIds: ReadonlySet<string> = new Set()
  let groupMarkersDrawn: { marker: L.Marker; ids: string[] }[] = []
  let groupLabel: (names: string[]) => string = (names) => names.join(', ')
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
    const entry: Entry = { camp, marker, halo, tooltip, ariaLabel: camp.name, single: true }
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -box / 2] })
    marker.on('add', () => decorate(entry, onSelect, states))
    marker.on('click', () => onSelect(camp.id))
    return entry
  })
  const byId = new Map(entries.map((e) => [e.camp.id, e]))
  /** Larger tiers lead their groups; then the catalogue order. */
  const rankOf = new Map(entries.map((e, i) => [e.camp.id, (5 - tierSymbol(tierKeyOf(e.camp.tier)).priority) * 100_000 + i]))

  function applyGroupStates(): void {
    for (const g of groupMarkersDrawn) {
      const element = g.marker.getElement()
      if (!element) continue
      for (const [className, id] of states)
        element.classList.toggle(className.replace('camp-marker', 'camp-group'), id !== null && g.ids.includes(id))
    }
  }

  function regroup(map: L.Map): void {
    const zoom = map.getZoom()
    const points: GroupInput[] = []
    for (const entry of entries) {
      if (!visibleIds.has(entry.camp.id)) continue
      const p = map.project(toLatLng(entry.camp.lngLat), zoom)
      points.push({ id: entry.camp.id, x: p.x, y: p.y, rank: rankOf.get(entry.camp.id) ?? 0 })
    }
    const drawn: DrawnMarker[] = groupMarkers(points, {
      minSeparationPx: MIN_SEPARATION_PX,
      selectedId: states.get(SELECTED_CLASS) ?? null,
    })
    for (const g of groupMarkersDrawn) group.removeLayer(g.marker)
    groupMarkersDrawn = []
    const singles = new Map<string, DrawnMarker>()
    for (const m of drawn) {
      if (m.kind === 'single') {
        singles.set(m.id, m)
        continue
      }
      const latLng = map.unproject([m.x, m.y], zoom)
      const names = m.ids.map((id) => byId.get(id)?.tooltip.textContent ?? id)
      const marker = createGroupMarker(latLng, m.ids, groupLabel(names), names, onGroup)
      groupMarkersDrawn.push({ marker, ids: m.ids })
      group.addLayer(marker)
    }
    for (const entry of entries) {
      const single = singles.get(entry.camp.id)
      entry.single = single !== undefined
      if (single !== undefined) {
        const at = single.displaced ? map.unproject([single.x, single.y], zoom) : L.latLng(toLatLng(entry.camp.lngLat))
        if (!entry.marker.getLatLng().equals(at)) entry.marker.setLatLng(at)
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
        return { id: `group:${g.ids.join(' ')}`, lngLat: [at.lng, at.lat] as const, sizePx: GROUP_PX }
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

  return {
    group,
    setVisible(ids) {
      visibleIds = ids
      for (const entry of entries) {
        const layer = entry.halo
        if (layer === null) continue
        const visible = ids.has(entry.camp.id)
        if (visible && !group.hasLayer(layer)) group.addLayer(layer)
        if (!visible && group.hasLayer(layer)) group.removeLayer(layer)
      }
    },
    setNames(describe) {
      for (const entry of entries) {
        const { ariaLabel, tooltip } = describe(entry.camp)
        entry.ariaLabel = ariaLabel
        entry.tooltip.textContent = tooltip
        entry.marker.getElement()?.setAttribute('aria-label', ariaLabel)
      }
    },
    setGroupLabel(label) {
      groupLabel = label
    },
    setState(className, id) {
      states.set(className, id)
      for (const entry of entries) {
        entry.marker.getElement()?.classList.toggle(className, entry.camp.id === id)
      }
      applyGroupStates()
    },
    regroup,
    focusAfterRegroup(id) {
      pendingFocus = id
    },
  }
}
