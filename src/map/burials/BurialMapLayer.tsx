import { lazy, Suspense } from 'react'
import { useBurialData } from '../../context/use-burial-data'
import { selectCampId, selectBurialsOn, selectSite } from '../../state/selectors'
import { openSite } from '../../state/url-actions'
import { useUrlSelector } from '../../state/url-store'

// The layer's code and data load when the reader turns it on, not for the first paint.
const BurialLayer = lazy(() => import('./BurialLayer'))

/** The burial sites on the map while `layers=burials` is in the URL. A child of the map. */
export function BurialMapLayer() {
  const on = useUrlSelector(selectBurialsOn)
  const siteId = useUrlSelector(selectSite)
  const campId = useUrlSelector(selectCampId)
  const state = useBurialData(on)
  if (!on || state.status !== 'ready') return null
  return (
    <Suspense fallback={null}>
      <BurialLayer sites={state.data.sites} selectedId={siteId} campId={campId} onSelect={(id) => openSite(id, null)} />
    </Suspense>
  )
}
