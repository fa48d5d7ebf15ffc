import { useEffect, useRef, useState } from 'react'
import { useBurialData } from '../context/use-burial-data'
import type { LngLat } from '../data/schema'
import { revealSite } from '../state/url-actions'
import { getUrlState } from '../state/url-store'

/**
 * The open burial site's position, for the map to show it beside its card. A link with a
 * site and no view (`?site=` without `#map=`) centres the map on the site once its data
 * has loaded, as `?camp=` does for a camp; a site without a position opens its card and
 * leaves the map where it is.
 */
export function useSiteFocus(siteId: string | null): LngLat | null {
  const burials = useBurialData(siteId !== null)
  const [linked] = useState(() => {
    const state = getUrlState()
    return state.view === null ? state.site : null
  })
  const revealed = useRef(false)
  const lngLat = siteId !== null && burials.status === 'ready' ? (burials.data.byId.get(siteId)?.lngLat ?? null) : null
  useEffect(
    function centreTheLinkedSite() {
      if (revealed.current || linked === null || siteId !== linked || lngLat === null) return
      revealed.current = true
      revealSite(lngLat)
    },
    [linked, siteId, lngLat],
  )
  return lngLat
}
