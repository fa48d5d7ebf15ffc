import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import type { LatLngBoundsLiteral } from 'leaflet'
import type { LngLat } from '../data/schema'
import { toLatLng } from '../geo/lng-lat'
import { reportView } from '../state/url-actions'
import { sameView, selectView } from '../state/selectors'
import { useUrlSelector } from '../state/url-store'
import { isSameView, type MapView } from '../url/map-hash'

const FOCUS_ZOOM = 6

type Props = {
  fitBounds: LatLngBoundsLiteral | null
  /** Where to centre instead of fitting when there is no view (an open camp). */
  focus: LngLat | null
  /** Animate moves (off when the reader prefers reduced motion). */
  animate: boolean
}

function currentView(map: ReturnType<typeof useMap>): MapView {
  const center = map.getCenter()
  return { zoom: map.getZoom(), lat: center.lat, lon: center.lng }
}

/** Room for the legend in the lower left corner, where the map is wide enough to spare it. */
function fitPadding(map: ReturnType<typeof useMap>): { paddingTopLeft: [number, number]; paddingBottomRight: [number, number] } {
  const wide = map.getSize().x > 900
  return { paddingTopLeft: [wide ? 300 : 24, 24], paddingBottomRight: [24, 24] }
}

/**
 * Keeps the map and the URL in step. MapContainer reads its props only at mount, so every
 * later move goes through here: the view in the URL (`#map=`, read here and nowhere else)
 * is applied, no view means "fit what is shown", and every move is written back.
 */
export function MapViewSync({ fitBounds, focus, animate }: Props) {
  const map = useMap()
  const view = useUrlSelector(selectView, sameView)

  useEffect(
    function reportMoves() {
      const report = () => reportView(currentView(map))
      map.on('moveend', report)
      report()
      return function stopReporting() {
        map.off('moveend', report)
      }
    },
    [map],
  )

  const fitKey = JSON.stringify(fitBounds)
  const focusKey = JSON.stringify(focus)
  useEffect(
    function applyView() {
      if (view !== null) {
        if (isSameView(view, currentView(map))) return
        if (animate) map.flyTo([view.lat, view.lon], view.zoom, { duration: 0.8 })
        else map.setView([view.lat, view.lon], view.zoom, { animate: false })
        return
      }
      if (focus !== null) map.setView(toLatLng(focus), Math.max(map.getZoom(), FOCUS_ZOOM), { animate })
      else if (fitBounds !== null) map.fitBounds(fitBounds, { ...fitPadding(map), animate, maxZoom: 7 })
    },
    // fitKey and focusKey stand for fitBounds and focus by value: equal values must not move the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, view, fitKey, focusKey, animate],
  )
  return null
}
