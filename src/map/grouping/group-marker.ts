import L from 'leaflet'
import { GROUP_PX } from './marker-sizes'

/** What activating a group marker reports: its camps and how it was activated. */
export type GroupActivation = {
  ids: string[]
  element: HTMLElement
  viaKeyboard: boolean
  /** Container pixels, when the element is not the marker (canvas). */ point?: { x: number; y: number }
}

/**
 * A group marker: a stacked disc with the number of camps it holds, a button for the
 * keyboard (Enter or Space), `data-camp-ids` and an accessible name that lists its camps.
 * Built with DOM calls; the names are only ever text.
 */
export function createGroupMarker(
  latLng: L.LatLng,
  ids: readonly string[],
  ariaLabel: string,
  names: readonly string[],
  onGroup: (activation: GroupActivation) => void,
): L.Marker {
  const content = document.createElement('span')
  content.className = 'camp-group__content'
  const count = document.createElement('span')
  count.className = 'camp-group__count'
  count.textContent = String(ids.length)
  content.appendChild(count)
  const icon = L.divIcon({
    html: content,
    className: 'camp-group',
    iconSize: [GROUP_PX, GROUP_PX],
    iconAnchor: [GROUP_PX / 2, GROUP_PX / 2],
  })
  const marker = L.marker(latLng, { icon, keyboard: true, riseOnHover: true, zIndexOffset: 8000 })
  const tooltip = document.createElement('span')
  tooltip.className = 'camp-group__tooltip'
  for (const name of names) {
    const line = document.createElement('span')
    line.textContent = name
    tooltip.appendChild(line)
  }
  marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -GROUP_PX / 2] })
  marker.on('add', () => {
    const element = marker.getElement()
    if (!element) return
    element.dataset.campIds = ids.join(' ')
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
