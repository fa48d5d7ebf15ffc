import { FOCUS_ZOOM } from '../url/map-policy'
import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import * as L from 'leaflet'
import type { LatLngBoundsLiteral } from 'leaflet'
import type { LngLat } from '../data/schema'
import { toLatLng } from '../geo/lng-lat'
import { afterNextPaint } from '../state/after-next-paint'
import { reportView } from '../state/url-actions'
import { sameView, selectView } from '../state/selectors'
import { getUrlState, useUrlSelector } from '../state/url-store'
import { isSameView, type MapView } from '../url/map-hash'
import { fitToCamps, mapFreeRect } from './overlays/overlay-rects'
import { revealPan } from './overlays/overlay-padding'
import { useRevealFocus } from './overlays/use-reveal-focus'
import { useRefitUntilMoved } from './overlays/use-refit-until-moved'

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

/**
 * Where to centre the map at `zoom` so that `target` shows beside the overlays (the detail
 * panel, the legend) instead of under them; the target itself when the centre is free.
 */
function revealedCentre(map: ReturnType<typeof useMap>, target: LngLat, zoom: number): L.LatLng {
  const size = map.getSize()
  const pan = revealPan({ x: size.x / 2, y: size.y / 2 }, mapFreeRect(map))
  const latLng = L.latLng(toLatLng(target))
  if (pan === null) return latLng
  return map.unproject(map.project(latLng, zoom).add([pan.x, pan.y]), zoom)
}

/**
 * Keeps the map and the URL in step. MapContainer reads its props only at mount, so every
 * later move goes through here: the view in the URL (`#map=`, read here and nowhere else)
 * is applied, no view means "fit what is shown", and every move is written back.
 */
export function MapViewSync({ fitBounds, focus, animate }: Props) {
  const map = useMap()
  const view = useUrlSelector(selectView, sameView)
  const refit = useRefitUntilMoved(map)
  /** False until the view is first applied (the load's fit, made at once). */
  const applied = useRef(false)

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
      const first = !applied.current
      applied.current = true
      if (view !== null) {
        // A view older than the store's (the map moved and reported a new view between this
        // render and its effect, as a fit's animation ending under load does) is not applied:
        // the render of the newer view follows. Else the map would fly back to a view it left.
        if (!sameView(selectView(getUrlState()), view)) return
        if (isSameView(view, currentView(map))) return
        refit.clear()
        // Opening a camp centres the view on it: show it beside the detail panel instead.
        const onFocus = focus !== null && Math.abs(focus[0] - view.lon) < 1e-6 && Math.abs(focus[1] - view.lat) < 1e-6
        const centre = onFocus ? revealedCentre(map, focus, view.zoom) : L.latLng(view.lat, view.lon)
        if (animate) map.flyTo(centre, view.zoom, { duration: 0.8 })
        else map.setView(centre, view.zoom, { animate: false })
        return
      }
      if (focus !== null) {
        refit.clear()
        const zoom = Math.max(map.getZoom(), FOCUS_ZOOM)
        map.setView(revealedCentre(map, focus, zoom), zoom, { animate })
      } else if (fitBounds !== null) {
        const bounds = fitBounds
        // The load's fit is not animated: the map is just shown, and a refit for an overlay
        // that reaches its size meanwhile is not undone by the animation's end.
        const fit = () => {
          fitToCamps(map, bounds, animate && !first)
          refit.fitted(bounds)
        }
        // The load's fit at once. A filter's or a search's fit after the frame that shows its
        // markers: the fit measures the overlays, which would lay the page out again before
        // that frame. A newer view or filter cancels it (the effect's cleanup).
        if (first) {
          fit()
          return undefined
        }
        return afterNextPaint(fit)
      }
      return undefined
    },
    // fitKey and focusKey stand for fitBounds and focus by value: equal values must not move the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, view, fitKey, focusKey, animate],
  )
  useRevealFocus(map, focus)
  return null
}
