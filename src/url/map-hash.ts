import { MAX_ZOOM, MIN_ZOOM } from './map-policy'

export type MapView = { zoom: number; lat: number; lon: number }

/**
 * Decimals that keep a view precise to about a pixel at this zoom (MapLibre's rule).
 */
function decimalsFor(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10))
}

/** `#map=<zoom>/<lat>/<lon>`, the OpenStreetMap convention. */
export function formatMapHash(view: MapView): string {
  const decimals = decimalsFor(view.zoom)
  const zoom = Number.isInteger(view.zoom) ? String(view.zoom) : view.zoom.toFixed(2).replace(/\.?0+$/, '')
  return `#map=${zoom}/${view.lat.toFixed(decimals)}/${view.lon.toFixed(decimals)}`
}

const NUMBER = String.raw`-?\d{1,3}(?:\.\d{1,12})?`
const MAP_HASH = new RegExp(`^#?map=(${NUMBER})/(${NUMBER})/(${NUMBER})$`)

/** The view in a `#map=` hash, or null for anything else (never throws). */
export function parseMapHash(hash: string): MapView | null {
  const match = MAP_HASH.exec(hash.length > 100 ? '' : hash)
  if (!match) return null
  const zoom = Number(match[1])
  const lat = Number(match[2])
  const lon = Number(match[3])
  if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) return null
  if (!(lat >= -85 && lat <= 85) || !(lon >= -180 && lon <= 360)) return null
  return { zoom, lat, lon }
}

/** Whether two views differ by less than what a user could notice at their zoom. */
export function isSameView(a: MapView, b: MapView): boolean {
  if (Math.abs(a.zoom - b.zoom) > 0.01) return false
  const tolerance = 2 * 10 ** -decimalsFor(Math.min(a.zoom, b.zoom))
  return Math.abs(a.lat - b.lat) <= tolerance && Math.abs(a.lon - b.lon) <= tolerance
}
