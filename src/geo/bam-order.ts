import { nearestPointOnLine } from '@turf/nearest-point-on-line'
import { lineString, point } from '@turf/helpers'
import { pointToLineDistance } from '@turf/point-to-line-distance'
import type { LngLat } from '../data/schema'
import type { Dataset } from '../data/dataset'

export type PlaceOnLine = {
  id: string
  /** Distance from the line's first vertex (its western end) to the projected point. */
  alongKm: number
  /** Distance from the site to the nearest of all the lines drawn (built sections included). */
  offLineKm: number
}

/**
 * Projects each site onto a route (Turf nearestPointOnLine) and orders the sites by their
 * distance along it. For the BAM route drawn west to east this orders the camps west to east.
 * Ties keep the input order, so two camps at one place stay in catalogue order. The distance
 * off the line is measured to the nearest of `allLines` (the route and the built sections).
 */
export function orderAlongLine(
  sites: readonly { id: string; lngLat: LngLat }[],
  lineCoordinates: readonly LngLat[],
  allLines: readonly (readonly LngLat[])[] = [lineCoordinates],
): PlaceOnLine[] {
  if (lineCoordinates.length < 2) throw new Error(`orderAlongLine needs a line of 2+ positions, got ${lineCoordinates.length}`)
  const line = lineString(lineCoordinates.map((c) => [...c]))
  const others = allLines.filter((l) => l.length >= 2).map((l) => lineString(l.map((c) => [...c])))
  const placed = sites.map((site, index) => {
    const nearest = nearestPointOnLine(line, point([...site.lngLat]), { units: 'kilometers' })
    return {
      index,
      id: site.id,
      alongKm: nearest.properties.totalDistance,
      offLineKm: Math.min(
        nearest.properties.pointDistance,
        ...others.map((other) => pointToLineDistance(point([...site.lngLat]), other, { units: 'kilometers' })),
      ),
    }
  })
  placed.sort((a, b) => a.alongKm - b.alongKm || a.index - b.index)
  return placed.map(({ id, alongKm, offLineKm }) => ({ id, alongKm, offLineKm }))
}

/** The dataset's BAM camps ordered west to east along the planned route (the built sections count for the distance off it). */
export function bamOrderOf(dataset: Dataset): PlaceOnLine[] {
  return orderAlongLine(
    dataset.camps.filter((c) => c.bam),
    dataset.bamLine.plannedRoute,
    dataset.bamLine.sections.map((s) => s.coordinates),
  )
}
