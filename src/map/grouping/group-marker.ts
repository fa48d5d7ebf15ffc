import * as L from 'leaflet'
import type { TierKey } from '../../data/tier-key'
import { GROUP_GLYPH_PX, groupCountText, groupSizePx } from '../../symbols/group-symbol'
import { tierSymbol } from '../../symbols/tier-symbol'
import { createSymbolSvg } from '../marker-element'

/** What activating a group marker reports: its camps and how it was activated. */
export type GroupActivation = {
  ids: string[]
  element: HTMLElement
  viaKeyboard: boolean
  /** Container pixels, when the element is not the marker (canvas). */ point?: { x: number; y: number }
}

/** A group marker's content: its members' tier glyphs in legend order and "×n" (group-symbol.ts). */
function createGroupContent(count: number, tiers: readonly TierKey[]): HTMLElement {
  const content = document.createElement('span')
  content.className = 'camp-group__content'
  const glyphs = document.createElement('span')
  glyphs.className = 'camp-group__glyphs'
  for (const tier of tiers) glyphs.appendChild(createSymbolSvg(tierSymbol(tier), GROUP_GLYPH_PX))
  content.appendChild(glyphs)
  const countEl = document.createElement('span')
  countEl.className = 'camp-group__count'
  countEl.textContent = groupCountText(count)
  content.appendChild(countEl)
  return content
}

/**
 * A group marker: a rounded square with its members' tier glyphs and "×n", a button for the
 * keyboard (Enter or Space), `data-camp-ids`, `data-tiers` (its members' tiers, each once)
 * and an accessible name that names the tiers and the camps. Built with DOM calls; the
 * names are only ever text.
 */
export function createGroupMarker(
  latLng: L.LatLng,
  group: { ids: readonly string[]; tiers: readonly TierKey[] },
  ariaLabel: string,
  names: readonly string[],
  onGroup: (activation: GroupActivation) => void,
): L.Marker {
  const { ids, tiers } = group
  const size = groupSizePx(tiers)
  const icon = L.divIcon({
    html: createGroupContent(ids.length, tiers),
    className: `camp-group camp-group--max-${tiers[0] ?? 'unknown'}`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  })
  const marker = L.marker(latLng, { icon, keyboard: true, riseOnHover: true, zIndexOffset: 500 })
  const tooltip = document.createElement('span')
  tooltip.className = 'camp-group__tooltip'
  for (const name of names) {
    const line = document.createElement('span')
    line.textContent = name
    tooltip.appendChild(line)
  }
  marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -size / 2] })
  marker.on('add', () => {
    const element = marker.getElement()
    if (!element) return
    element.dataset.campIds = ids.join(' ')
    element.dataset.tiers = tiers.join(' ')
    element.setAttribute('aria-label', ariaLabel)
    element.setAttribute('aria-haspopup', 'true')
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        onGroup({ ids: [...ids], element, viaKeyboard: true })
      }
    })
  })
  marker.on('click', () => {
    const element = marker.getElement()
    if (element) onGroup({ ids: [...ids], element, viaKeyboard: false })
  })
  return marker
}
