import type { MapView } from '../url/map-hash'
import type { Filters } from '../data/filters'
import type { ViewState } from '../url/url-state'

/**
 * Selectors of the URL state for `useUrlSelector`. Each picks what one part of the page
 * shows, so that part re-renders only when that changes: the filters and the open camp for
 * the lists and the legend, the view (`#map=`) for the map alone.
 */

export const selectFilters = (s: ViewState): Filters => ({ region: s.region, area: s.area, tiers: s.tiers, q: s.q, bam: s.bam })
export const selectPanel = (s: ViewState): ViewState['panel'] => s.panel
export const selectCampId = (s: ViewState): string | null => s.camp
export const selectLinkedCamps = (s: ViewState): readonly string[] => s.linked
export const selectLang = (s: ViewState): ViewState['lang'] => s.lang
export const selectDataPath = (s: ViewState): string | null => s.data
/** The extra layers on, and the open burial site. */
export const selectBurialsOn = (s: ViewState): boolean => s.layers.includes('burials')
export const selectSite = (s: ViewState): string | null => s.site
export const selectCompare = (s: ViewState): readonly string[] => s.compare
/** The same places compared, whatever the array (the store parses a new one on every move of the map). */
export const samePlaces = (a: readonly string[], b: readonly string[]): boolean => a.join(',') === b.join(',')
export const selectView = (s: ViewState): MapView | null => s.view

/** Equal when every key holds the same value; arrays (the tiers) compare by their members. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[]
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => {
    const x = a[key]
    const y = b[key]
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => Object.is(v, y[i]))
    return Object.is(x, y)
  })
}

export function sameView(a: MapView | null, b: MapView | null): boolean {
  return a === b || (a !== null && b !== null && a.zoom === b.zoom && a.lat === b.lat && a.lon === b.lon)
}
