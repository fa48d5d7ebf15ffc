import type { LatLngBoundsLiteral } from 'leaflet'
import type { CampIndex } from '../camp-index/camp-index'
import type { Camp } from '../data/schema'
import type { TierKey } from '../data/tier-key'
import { countByTier, filterCamps } from '../filter/filter-camps'
import { boundsOfPositions } from '../geo/fit-bounds'
import type { Filters } from '../data/filters'
import type { ViewState } from '../url/url-state'

/**
 * The view model: everything the page shows, derived from the camp index and the URL
 * state and from nothing else. Pure, so it is tested without a browser; the hook
 * `useCampView` memoises its two halves separately (the filters' camps, the open camp).
 */

export type VisibleCamps = {
  /** The filters as applied: a region or camp the data does not know is dropped. */
  filters: Filters
  /** Whether any filter narrows the camps. */
  filtered: boolean
  visible: readonly Camp[]
  visibleIds: ReadonlySet<string>
  counts: Readonly<Record<TierKey, number>>
  /** What the map fits to when the URL gives no view; null when nothing is shown. */
  fitBounds: LatLngBoundsLiteral | null
}

export type CampView = VisibleCamps & {
  /** The open camp, if the URL names one the data knows. */
  selected: Camp | null
}

/** The camps the filters show, their ids, tier counts and bounds. */
export function deriveVisible(index: CampIndex, filters: Filters): VisibleCamps {
  const region = filters.region !== null && index.regionsBySlug.has(filters.region) ? filters.region : null
  const applied: Filters = {
    region,
    area: region === null ? filters.area : null,
    tiers: filters.tiers,
    q: filters.q,
    bam: filters.bam,
  }
  const visible = filterCamps(index.camps, applied, index)
  return {
    filters: applied,
    filtered: applied.region !== null || applied.area !== null || applied.tiers !== null || applied.q !== '' || applied.bam,
    visible,
    visibleIds: new Set(visible.map((c) => c.id)),
    counts: countByTier(visible),
    fitBounds: boundsOfPositions(visible.map((c) => c.lngLat)),
  }
}

/** The camp the URL opens, or null when it names none or one the data does not know. */
export function selectedCamp(index: CampIndex, campId: string | null): Camp | null {
  return campId === null ? null : (index.byId.get(campId) ?? null)
}

/** The whole view model of a URL state, in one call. */
export function deriveView(index: CampIndex, state: ViewState): CampView {
  return { ...deriveVisible(index, state), selected: selectedCamp(index, state.camp) }
}
