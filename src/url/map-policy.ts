/**
 * The map's view policy, one place for the map (CampMap, MapViewSync), the URL (`#map=`,
 * url/map-hash.ts), the reader's actions (state/url-actions.ts) and the image renderer
 * (render-image/): the zoom range a view may have, the zoom at least at which an opened
 * camp is shown, and the largest zoom a fit to the shown camps may reach.
 */

/** The smallest zoom of the map and of a `#map=` view. */
export const MIN_ZOOM = 1
/** The largest zoom of the map and of a `#map=` view (the bundled basemap's detail ends here). */
export const MAX_ZOOM = 12
/** An opened camp is centred at the current zoom or this one, whichever is closer. */
export const FOCUS_ZOOM = 6
/** A fit to the shown camps zooms in no further than this (one camp is not shown at street level). */
export const FIT_MAX_ZOOM = 7
