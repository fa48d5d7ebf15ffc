import { useCallback, useMemo, useRef, type RefObject } from 'react'
import type { Camp } from '../data/schema'
import type { CampMapHandle } from '../map/CampMap'
import { closeCamp, openCamp } from '../state/url-actions'
import { getUrlState } from '../state/url-store'
import type { MapView } from '../url/map-hash'

/**
 * Opening and closing a camp, with what a reader expects around it: closing returns the
 * map to the view it had before the camp was opened, and focus to the control that opened
 * it (or, for a camp opened by a link, to the camp's marker once the map has redrawn).
 */
export function useCampNavigation(map: RefObject<CampMapHandle | null>) {
  const returnView = useRef<MapView | null>(null)
  const opener = useRef<HTMLElement | null>(null)

  const open = useCallback((camp: Camp) => {
    if (getUrlState().camp === null) {
      returnView.current = getUrlState().view
      opener.current =
        document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null
    }
    openCamp(camp.id, camp.lngLat)
  }, [])

  const close = useCallback(() => {
    const closing = getUrlState().camp
    closeCamp(returnView.current)
    returnView.current = null
    const target = opener.current
    opener.current = null
    if (target?.isConnected === true) target.focus({ preventScroll: true })
    // The camp's marker (or the group marker that holds it), else the map.
    else if (closing !== null) requestAnimationFrame(() => requestAnimationFrame(() => map.current?.focusCamp(closing)))
  }, [map])

  return useMemo(() => ({ open, close }), [open, close])
}
