import { useEffect, useRef } from 'react'
import * as L from 'leaflet'
import { useMap } from 'react-leaflet'
import type { BurialSite } from '../../data/burial-schema'
import { burialMessages, siteName } from '../../i18n/burial-messages'
import { burialSymbolSvg, BURIAL_SYMBOL } from '../../burials/burial-symbol'
import { useLang } from '../../context/app-context'
import { useLatestCallback } from '../../ui/use-latest-callback'
import './burials.css'

type Props = {
  sites: readonly BurialSite[]
  selectedId: string | null
  /** The open camp: its sites are marked. */
  campId: string | null
  onSelect: (id: string) => void
}

const HIT_PX = 24

/**
 * The burial sites with a position, as keyboard-focusable, named markers in their own
 * symbol, each with its uncertainty drawn as a dotted circle. Sites without a position are
 * never drawn (they are listed in their camp's and region's text).
 */
export default function BurialLayer({ sites, selectedId, campId, onSelect }: Props) {
  const lang = useLang()
  const map = useMap()
  const markers = useRef(new Map<string, L.Marker>())
  const select = useLatestCallback(onSelect)
  useEffect(
    function drawSites() {
      const text = burialMessages(lang)
      const group = L.layerGroup()
      const byId = new Map<string, L.Marker>()
      for (const site of sites) {
        if (site.lngLat === null) continue
        const latLng = L.latLng(site.lngLat[1], site.lngLat[0])
        if (site.uncertaintyKm !== null) {
          L.circle(latLng, {
            radius: site.uncertaintyKm * 1000,
            interactive: false,
            className: 'burial-halo',
            color: BURIAL_SYMBOL.haloColor,
            weight: 1,
            dashArray: BURIAL_SYMBOL.haloDash,
            fillOpacity: 0.04,
          }).addTo(group)
        }
        const label = text.markerLabel(siteName(site, lang), text.kind[site.kind])
        const marker = L.marker(latLng, {
          icon: L.divIcon({
            html: burialSymbolSvg(),
            className: 'burial-marker',
            iconSize: [HIT_PX, HIT_PX],
            iconAnchor: [HIT_PX / 2, HIT_PX / 2],
          }),
          keyboard: true,
          title: label,
          alt: label,
          zIndexOffset: -500,
        })
        marker.on('add', () => {
          const element = marker.getElement()
          if (!element) return
          element.dataset.siteId = site.id
          element.setAttribute('aria-label', label)
          element.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault()
              select(site.id)
            }
          })
        })
        marker.on('click', () => select(site.id))
        marker.addTo(group)
        byId.set(site.id, marker)
      }
      group.addTo(map)
      markers.current = byId
      return () => {
        group.remove()
        markers.current = new Map()
      }
    },
    [map, sites, lang, select],
  )
  useEffect(
    function markStates() {
      for (const [id, marker] of markers.current) {
        const element = marker.getElement()
        if (!element) continue
        element.classList.toggle('burial-marker--selected', id === selectedId)
        const site = sites.find((s) => s.id === id)
        element.classList.toggle('burial-marker--of-camp', campId !== null && site?.camp === campId)
      }
    },
    [selectedId, campId, sites, lang],
  )
  return null
}
