import L from 'leaflet'
import type { Camp } from '../data/schema'
import { tierKeyOf } from '../filter/tier-key'
import { toLatLng } from '../geo/lng-lat'
import { createMarkerContent } from './marker-element'
import { tierSymbol } from './tier-symbol'

type Entry = {
  camp: Camp
  marker: L.Marker
  halo: L.Circle | null
  tooltip: HTMLElement
  ariaLabel: string
}

export type CampLayer = {
  group: L.LayerGroup
  setVisible(ids: ReadonlySet<string>): void
  setNames(describe: (camp: Camp) => { ariaLabel: string; tooltip: string }): void
  /** Marks one camp (or none) with a class, e.g. selected or highlighted; survives re-adding. */
  setState(className: string, id: string | null): void
}

const SAME_PLACE_OFFSET_PX = 9

/** Camps at exactly the same position (the two Komsomolsk camps) are drawn side by side. */
export function sideBySideOffsets(camps: readonly Camp[]): Map<string, number> {
  const byPlace = new Map<string, Camp[]>()
  for (const camp of camps) {
    const key = camp.lngLat.join(',')
    byPlace.set(key, [...(byPlace.get(key) ?? []), camp])
  }
  const offsets = new Map<string, number>()
  for (const group of byPlace.values()) {
    group.forEach((camp, i) => offsets.set(camp.id, (i - (group.length - 1) / 2) * 2 * SAME_PLACE_OFFSET_PX))
  }
  return offsets
}

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
 * dataset; filtering adds and removes them, it never rebuilds them. Their numbers and
 * names are drawn by the label layer (labels/label-layer.ts), which keeps them apart.
 */
export function createCampLayer(camps: readonly Camp[], onSelect: (id: string) => void): CampLayer {
  const group = L.layerGroup()
  const offsets = sideBySideOffsets(camps)
  const states = new Map<string, string | null>()
  const entries = camps.map((camp): Entry => {
    const symbol = tierSymbol(tierKeyOf(camp.tier))
    const size = symbol.sizePx
    const icon = L.divIcon({
      html: createMarkerContent(symbol),
      className: `camp-marker camp-marker--tier-${tierKeyOf(camp.tier)}`,
      iconSize: [size, size],
      iconAnchor: [size / 2 - (offsets.get(camp.id) ?? 0), size / 2],
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
    const entry: Entry = { camp, marker, halo, tooltip, ariaLabel: camp.name }
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -size / 2] })
    marker.on('add', () => decorate(entry, onSelect, states))
    marker.on('click', () => onSelect(camp.id))
    return entry
  })

  return {
    group,
    setVisible(ids) {
      for (const entry of entries) {
        const visible = ids.has(entry.camp.id)
        for (const layer of [entry.halo, entry.marker]) {
          if (layer === null) continue
          if (visible && !group.hasLayer(layer)) group.addLayer(layer)
          if (!visible && group.hasLayer(layer)) group.removeLayer(layer)
        }
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
    setState(className, id) {
      states.set(className, id)
      for (const entry of entries) {
        entry.marker.getElement()?.classList.toggle(className, entry.camp.id === id)
      }
    },
  }
}
