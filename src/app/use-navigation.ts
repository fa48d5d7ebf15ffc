import { useCallback, useMemo, useRef } from 'react'
import type { Camp } from '../data/schema'
import { navigate, readUrlState } from '../state/url-store'
import type { MapView } from '../url/map-hash'
import type { ViewState } from '../url/url-state'

const CAMP_ZOOM = 6

function focusCampOnMap(id: string): void {
  const escaped = CSS.escape(id)
  const marker =
    document.querySelector<HTMLElement>(`.leaflet-marker-pane [data-camp-id="${escaped}"]`) ??
    document.querySelector<HTMLElement>(`.leaflet-marker-pane [data-camp-ids~="${escaped}"]`) ??
    document.querySelector<HTMLElement>('.leaflet-container')
  marker?.focus({ preventScroll: true })
}

/**
 * The user's actions as URL changes. Filter changes drop the map view so the map refits to
 * what is shown; opening a camp remembers the view, and closing it returns there.
 */
export function useNavigation() {
  const returnView = useRef<MapView | null>(null)
  const opener = useRef<HTMLElement | null>(null)

  const update = useCallback((patch: Partial<ViewState>, options: { replace?: boolean } = {}) => {
    navigate({ ...readUrlState(), ...patch }, options)
  }, [])

  const filter = useCallback(
    (patch: Partial<Pick<ViewState, 'region' | 'area' | 'tiers' | 'q'>>, options: { replace?: boolean } = {}) =>
      update({ ...patch, view: null }, options),
    [update],
  )

  const openCamp = useCallback(
    (camp: Camp) => {
      const current = readUrlState()
      if (current.camp === null) {
        returnView.current = current.view
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      }
      const zoom = Math.max(current.view?.zoom ?? CAMP_ZOOM, CAMP_ZOOM)
      update({ camp: camp.id, view: { zoom, lat: camp.lngLat[1], lon: camp.lngLat[0] } })
    },
    [update],
  )

  const closeCamp = useCallback(() => {
    const closing = readUrlState().camp
    update({ camp: null, view: returnView.current ?? readUrlState().view })
    returnView.current = null
    const target = opener.current
    opener.current = null
    if (target?.isConnected) target.focus({ preventScroll: true })
    // Opened by a link, or from a marker or chooser that is gone: focus the camp's marker
    // (or its group) once the map has redrawn, else the map.
    else if (closing !== null) requestAnimationFrame(() => requestAnimationFrame(() => focusCampOnMap(closing)))
  }, [update])

  const reportView = useCallback((view: MapView) => update({ view }, { replace: true }), [update])

  return useMemo(() => ({ update, filter, openCamp, closeCamp, reportView }), [update, filter, openCamp, closeCamp, reportView])
}
