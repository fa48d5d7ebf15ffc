import type { LatLngBoundsLiteral } from 'leaflet'
import type { LngLat } from '../data/schema'

/**
 * The Leaflet bounds [[south, west], [north, east]] of a set of positions (their least and
 * greatest longitude and latitude, as Turf's bbox gives them; a loop, so the page loads no
 * Turf to start), or null when there is nothing to fit. A single position gets a small box around it so the
 * map does not zoom to its maximum.
 * @example boundsOfPositions([[98, 55.9], [137, 50.5]]) // [[50.5, 98], [55.9, 137]]
 */
export function boundsOfPositions(positions: readonly LngLat[], minSpanDeg = 2): LatLngBoundsLiteral | null {
  if (positions.length === 0) return null
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [lng, lat] of positions) {
    west = Math.min(west, lng)
    east = Math.max(east, lng)
    south = Math.min(south, lat)
    north = Math.max(north, lat)
  }
  const padLng = Math.max(0, (minSpanDeg - (east - west)) / 2)
  const padLat = Math.max(0, (minSpanDeg - (north - south)) / 2)
  return [
    [south - padLat, west - padLng],
    [north + padLat, east + padLng],
  ]
}
