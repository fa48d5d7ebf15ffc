import { useMemo } from 'react'
import { selectCampId, selectFilters, shallowEqual } from '../state/selectors'
import { useUrlSelector } from '../state/url-store'
import { deriveVisible, selectedCamp, type CampView } from '../view/derive-view'
import { useCampIndex } from './app-context'

/**
 * The view model of the current URL (src/view/derive-view.ts), memoised by the parts it
 * depends on: new filters re-filter, a new camp re-selects, and a pan changes neither.
 */
export function useCampView(): CampView {
  const index = useCampIndex()
  const filters = useUrlSelector(selectFilters, shallowEqual)
  const campId = useUrlSelector(selectCampId)
  const visible = useMemo(() => deriveVisible(index, filters), [index, filters])
  const selected = useMemo(() => selectedCamp(index, campId), [index, campId])
  return useMemo(() => ({ ...visible, selected }), [visible, selected])
}
