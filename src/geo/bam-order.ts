import { nearestPointOnLine } from '@turf/nearest-point-on-line'
import { lineString, point } from '@turf/helpers'
import type { LngLat } from '../data/schema'

export type PlaceOnLine = {
  id: string
  /** Distance from the line's first vertex (its western end) to the projected point. */
  alongKm: number
  /** Distance from the site to the nearest point of the line. */
  offLineKm: number
}

/**
 * Projects each site onto a line (Turf nearestPointOnLine) and orders the sites by their
 * distance along it. For the BAM route drawn west to east this orders the camps west to east.
 * Ties keep the input order, so two camps at one place stay in catalogue order.
 */
export function orderAlongLine(
  sites: readonly { id: string; lngLat: LngLat }[],
  lineCoordinates: readonly LngLat[],
): PlaceOnLine[] {
  if (lineCoordinates.length < 2) throw new Error(`orderAlongLine needs a line of 2+ positions, got ${lineCoordinates.length}`)
  const line = lineString(lineCoordinates.map((c) => [...c]))
  const placed = sites.map((site, index) => {
    const nearest = nearestPointOnLine(line, point([...site.lngLat]), { units: 'kilometers' })
    return {
      index,
      id: site.id,
      alongKm: nearest.properties.totalDistance,
      offLineKm: nearest.properties.pointDistance,
    }
  })
  placed.sort((a, b) => a.alongKm - b.alongKm || a.index - b.index)
  return placed.map(({ id, alongKm, offLineKm }) => ({ id, alongKm, offLineKm }))
}
