import { FIT_MAX_ZOOM } from '../url/map-policy'
/**
 * Web-Mercator projection of the image renderer, fitted to bounds or set from a map view
 * (the same zoom levels as the interactive map: 256 px × 2^zoom around the world). Pure.
 */

export type Rect = { x: number; y: number; width: number; height: number }
/** [west, south, east, north] in degrees; east may exceed 180 (Chukotka is unwrapped). */
export type Bounds = readonly [number, number, number, number]

export type ImageView =
  /** Fit these bounds (null: the whole area of the camps), at most `maxZoom`. */
  | { kind: 'fit'; bounds: Bounds | null }
  /** The interactive map's view (`#map=zoom/lat/lon`). */
  | { kind: 'view'; zoom: number; lat: number; lon: number }

export type Projection = {
  project: (lon: number, lat: number) => [number, number]
  /** The inverse: a point of the image to [lon, lat]. */
  unproject: (x: number, y: number) => [number, number]
  /** Pixels per degree of longitude (for radii in km). */
  pixelsPerWorld: number
  zoom: number
}

const MAX_LAT = 85.0511
/** The window of the bundled basemap (scripts/build-basemap.ts). */
const DEFAULT_BOUNDS: Bounds = [25, 35, 180, 72]

function worldX(lon: number): number {
  return (lon + 180) / 360
}

function worldY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2
}

/** Padding around fitted camps, in pixels: extra room where the legend sits. */
export type Padding = { top: number; right: number; bottom: number; left: number }

/** The projection that shows `view` inside `frame`. */
export function makeProjection(view: ImageView, frame: Rect, padding: Padding): Projection {
  let k: number
  let cx: number
  let cy: number
  // Offsets so that the fitted box sits in the padded area rather than the whole frame.
  let ox = frame.x + frame.width / 2
  let oy = frame.y + frame.height / 2
  if (view.kind === 'view') {
    k = 256 * 2 ** view.zoom
    cx = worldX(view.lon)
    cy = worldY(view.lat)
  } else {
    const [west, south, east, north] = view.bounds ?? DEFAULT_BOUNDS
    const x0 = worldX(west)
    const x1 = worldX(east)
    const y0 = worldY(north)
    const y1 = worldY(south)
    const innerW = Math.max(20, frame.width - padding.left - padding.right)
    const innerH = Math.max(20, frame.height - padding.top - padding.bottom)
    const dx = Math.max(x1 - x0, 1e-9)
    const dy = Math.max(y1 - y0, 1e-9)
    k = Math.min(innerW / dx, innerH / dy, 256 * 2 ** FIT_MAX_ZOOM)
    cx = (x0 + x1) / 2
    cy = (y0 + y1) / 2
    ox = frame.x + padding.left + innerW / 2
    oy = frame.y + padding.top + innerH / 2
  }
  return {
    project: (lon, lat) => [ox + (worldX(lon) - cx) * k, oy + (worldY(lat) - cy) * k],
    unproject: (x, y) => {
      const wx = (x - ox) / k + cx
      const wy = (y - oy) / k + cy
      return [wx * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * wy))) * 180) / Math.PI]
    },
    pixelsPerWorld: k,
    zoom: Math.log2(k / 256),
  }
}

/** The bounds of positions, or null for none; a single position gets a 2° box. */
export function boundsOf(positions: readonly (readonly [number, number])[]): Bounds | null {
  if (positions.length === 0) return null
  let west = Infinity
  let south = Infinity
  let east = -Infinity
  let north = -Infinity
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon)
    east = Math.max(east, lon)
    south = Math.min(south, lat)
    north = Math.max(north, lat)
  }
  const padLon = Math.max(0, (2 - (east - west)) / 2)
  const padLat = Math.max(0, (2 - (north - south)) / 2)
  return [west - padLon, south - padLat, east + padLon, north + padLat]
}
