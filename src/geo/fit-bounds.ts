import { bbox } from '@turf/bbox'
import { featureCollection, point } from '@turf/helpers'
import type { LatLngBoundsLiteral } from 'leaflet'
import type { LngLat } from '../data/schema'

/**
 * The Leaflet bounds [[south, west], [north, east]] of a set of positions, from Turf's bbox,
 * or null when there is nothing to fit. A single position gets a small box around it so the
 * map does not zoom to its maximum.
 * @example boundsOfPositions([[98, 55.9], [137, 50.5]]) // [[50.5, 98], [55.9, 137]]
 */
export function boundsOfPositions(positions: readonly LngLat[], minSpanDeg = 2): LatLngBoundsLiteral | null {
  if (positions.length === 0) return null
  const [west, south, east, north] = bbox(featureCollection(positions.map((p) => point(p))))
  const padLng = Math.max(0, (minSpanDeg - (east - west)) / 2)
  const padLat = Math.max(0, (minSpanDeg - (north - south)) / 2)
  return [
    [south - padLat, west - padLng],
    [north + padLat, east + padLng],
  ]
}
