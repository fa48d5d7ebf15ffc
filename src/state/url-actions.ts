import { FOCUS_ZOOM } from '../url/map-policy'
import type { LngLat } from '../data/schema'
import type { Lang } from '../i18n/lang'
import type { MapView } from '../url/map-hash'
import type { Panel, ViewState } from '../url/url-state'
import type { Filters } from './selectors'
import { getUrlState, writeUrlState } from './url-store'

/**
 * Every change of the URL state, in words. The only module that writes the store: the
 * reader's actions (filter, open a camp, switch language) add a history entry; the map's
 * own moves replace the current one.
 */

function update(patch: Partial<ViewState>, options: { replace?: boolean } = {}): void {
  writeUrlState({ ...getUrlState(), ...patch }, options)
}

/** New filters drop the map view, so the map refits to what they show. */
export function setFilters(patch: Partial<Filters>, options: { replace?: boolean } = {}): void {
  update({ ...patch, view: null }, options)
}

export function setLang(lang: Lang): void {
  update({ lang })
}

/** Opens a camp and centres it, at the current zoom or FOCUS_ZOOM, whichever is closer. */
export function openCamp(id: string, lngLat: LngLat): void {
  const zoom = Math.max(getUrlState().view?.zoom ?? FOCUS_ZOOM, FOCUS_ZOOM)
  update({ camp: id, view: { zoom, lat: lngLat[1], lon: lngLat[0] } })
}

/** Closes the camp; the map returns to `returnTo` when given, else stays where it is. */
export function closeCamp(returnTo: MapView | null): void {
  update({ camp: null, view: returnTo ?? getUrlState().view })
}

/** Opens a side panel (the history) or closes it (null); it has its own URL, so it can be linked. */
export function setPanel(panel: Panel | null): void {
  update({ panel })
}

/** The map moved (the reader panned or zoomed, or the map fitted itself). */
export function reportView(view: MapView | null): void {
  update({ view }, { replace: true })
}
