import { FOCUS_ZOOM } from '../url/map-policy'
import type { LngLat } from '../data/schema'
import type { Lang } from '../i18n/lang'
import type { MapView } from '../url/map-hash'
import type { MapLayer, Panel, ViewState } from '../url/url-state'
import type { Filters } from '../data/filters'
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

/**
 * Opens a camp and centres it, at the current zoom or FOCUS_ZOOM, whichever is closer. A camp
 * of a link that holds several keeps the others one tap away; any other camp ends that set.
 */
export function openCamp(id: string, lngLat: LngLat): void {
  const state = getUrlState()
  const zoom = Math.max(state.view?.zoom ?? FOCUS_ZOOM, FOCUS_ZOOM)
  const set = state.camp === null ? state.linked : [state.camp, ...state.linked]
  const linked = set.includes(id) ? set.filter((other) => other !== id) : []
  update({ camp: id, linked, site: null, view: { zoom, lat: lngLat[1], lon: lngLat[0] } })
}

/** Closes the camp; the map returns to `returnTo` when given, else stays where it is. */
export function closeCamp(returnTo: MapView | null): void {
  update({ camp: null, linked: [], view: returnTo ?? getUrlState().view })
}

/** Opens a side panel (the history) or closes it (null); it has its own URL, so it can be linked. */
export function setPanel(panel: Panel | null): void {
  update({ panel })
}

/** The map moved (the reader panned or zoomed, or the map fitted itself). */
export function reportView(view: MapView | null): void {
  update({ view }, { replace: true })
}

/** Turns an extra map layer (the burial sites) on or off; turning it off closes its site card. */
export function setLayer(layer: MapLayer, on: boolean): void {
  const { layers, site } = getUrlState()
  const next = on ? [...new Set([...layers, layer])] : layers.filter((l) => !Object.is(l, layer))
  update({ layers: next, site: on ? site : null })
}

/** Opens a burial site's card (the layer turned on with it), centring it when it has a position. */
export function openSite(id: string, lngLat: LngLat | null): void {
  const { layers, view } = getUrlState()
  const zoom = Math.max(view?.zoom ?? FOCUS_ZOOM, FOCUS_ZOOM)
  update({
    site: id,
    layers: layers.includes('burials') ? layers : [...layers, 'burials'],
    view: lngLat === null ? view : { zoom, lat: lngLat[1], lon: lngLat[0] },
  })
}

/**
 * Centres the map on a site whose link gave no view (`?site=` without `#map=`), as a link
 * to a camp does; replaces the history entry, since the reader did not move the map.
 */
export function revealSite(lngLat: LngLat): void {
  const zoom = Math.max(getUrlState().view?.zoom ?? FOCUS_ZOOM, FOCUS_ZOOM)
  update({ view: { zoom, lat: lngLat[1], lon: lngLat[0] } }, { replace: true })
}

/** Puts two regions or areas side by side (`compare=a,b`), or ends the comparison (any other number of places). */
export function setCompare(places: readonly string[]): void {
  update({ compare: places.length === 2 ? places : [] })
}

export function closeSite(): void {
  update({ site: null })
}
