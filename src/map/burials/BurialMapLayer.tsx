import { useBurialData } from '../../context/use-burial-data'
import { selectCampId, selectBurialsOn, selectSite } from '../../state/selectors'
import { openSite } from '../../state/url-actions'
import { useUrlSelector } from '../../state/url-store'
import BurialLayer from './BurialLayer'

/**
 * The burial sites on the map while `layers=burials` is in the URL. A child of the map,
 * loaded with the layer's code when the layer is on (app/MapPanel.tsx), never for the first paint.
 */
export function BurialMapLayer() {
  const on = useUrlSelector(selectBurialsOn)
  const siteId = useUrlSelector(selectSite)
  const campId = useUrlSelector(selectCampId)
  const state = useBurialData(on)
  if (!on || state.status !== 'ready') return null
  return <BurialLayer sites={state.data.sites} selectedId={siteId} campId={campId} onSelect={(id) => openSite(id, null)} />
}
