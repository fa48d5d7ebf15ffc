import { useCallback, useMemo, useRef } from 'react'
import type { Camp } from '../data/schema'
import { closeCamp, openCamp } from '../state/url-actions'
import { getUrlState } from '../state/url-store'
import type { MapView } from '../url/map-hash'

/**
 * Opening and closing a camp, with what a reader expects around it: closing returns the
 * map to the view it had before the camp was opened, and focus to the control that opened
 * it (or, for a camp opened by a link, to the map).
 */
export function useCampNavigation(fallbackFocus: () => HTMLElement | null) {
  const returnView = useRef<MapView | null>(null)
  const opener = useRef<HTMLElement | null>(null)

  const open = useCallback((camp: Camp) => {
    if (getUrlState().camp === null) {
      returnView.current = getUrlState().view
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null
    }
    openCamp(camp.id, camp.lngLat)
  }, [])

  const close = useCallback(() => {
    closeCamp(returnView.current)
    returnView.current = null
    const target = opener.current?.isConnected === true ? opener.current : fallbackFocus()
    opener.current = null
    target?.focus({ preventScroll: true })
  }, [fallbackFocus])

  return useMemo(() => ({ open, close }), [open, close])
}
