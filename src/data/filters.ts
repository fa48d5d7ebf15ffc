import type { AreaSlug } from './areas'
import type { TierKey } from './tier-key'

/**
 * What the reader filters the camps by: the one type for the URL (`url/url-state.ts`, where
 * each field has its parameter), the store's selectors, the view model, the map's filter
 * (`filter/filter-camps.ts`) and the downloads.
 */
export type Filters = {
  /** A 1946 unit's slug; takes precedence over `area`. */
  region: string | null
  area: AreaSlug | null
  /** The tiers to show; null shows every tier. Otherwise a non-empty subset in canonical order. */
  tiers: readonly TierKey[] | null
  /** The search box's text (`q=`). */
  q: string
  /** Only the Baikal–Amur Mainline camps (`bam=1`). */
  bam: boolean
}

/** No filter: every camp. */
export const NO_FILTERS: Filters = { region: null, area: null, tiers: null, q: '', bam: false }
