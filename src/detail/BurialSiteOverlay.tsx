import type { CampIndex } from '../camp-index/camp-index'
import { useBurialData } from '../context/use-burial-data'
import { selectSite } from '../state/selectors'
import { closeSite, openCamp, openSite } from '../state/url-actions'
import { useUrlSelector } from '../state/url-store'
import { BurialSiteCard } from './BurialSiteCard'

/** The open burial site's card (`?site=`), over the map where the camp detail goes; loaded with the card's code when a site is open (app/MapPanel.tsx). */
export function BurialSiteOverlay({ index }: { index: CampIndex }) {
  const siteId = useUrlSelector(selectSite)
  const state = useBurialData(siteId !== null)
  if (siteId === null || state.status !== 'ready') return null
  const site = state.data.byId.get(siteId)
  if (site === undefined) return null
  const { lngLat } = site
  const samePlace =
    lngLat === null
      ? []
      : state.data.sites.filter((s) => s.id !== site.id && s.lngLat !== null && s.lngLat[0] === lngLat[0] && s.lngLat[1] === lngLat[1])
  return (
    <BurialSiteCard
      site={site}
      samePlace={samePlace}
      camp={site.camp === null ? undefined : index.byId.get(site.camp)}
      region={site.region === null ? undefined : index.regionsBySlug.get(site.region)}
      sourcesById={index.sourcesById}
      onOpenCamp={(camp) => openCamp(camp.id, camp.lngLat)}
      onOpenSite={(other) => openSite(other.id, other.lngLat)}
      onClose={closeSite}
    />
  )
}
