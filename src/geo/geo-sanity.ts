import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { lineString, point } from '@turf/helpers'
import pointToLineDistance from '@turf/point-to-line-distance'
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson'
import type { Camp, Rejection } from '../data/schema'

/**
 * Geographic sanity checks of the camps against parsed polygons and lines. Pure: the
 * caller loads the country polygons (world-atlas 1:50m) and the BAM line.
 */

/** ISO 3166-1 numeric ids (world-atlas feature ids) of the countries camps lie in today. */
export const ISO_NUMERIC_BY_ALPHA2: Readonly<Record<string, string>> = {
  RU: '643',
  KZ: '398',
  UZ: '860',
  KG: '417',
  TJ: '762',
  UA: '804',
  GE: '268',
  MN: '496',
}

/**
 * Extra distance allowed outside a country polygon, on top of the camp's uncertaintyKm:
 * the 1:50m polygons are generalised, so coastal towns can fall just outside them.
 */
const COAST_TOLERANCE_KM = 10

/** The phrase that marks a BAM camp's notes as explaining why it lies off the drawn line. */
export const OFF_MAINLINE_MARKER = 'Off the mainline:'

export type CountryPolygon = Feature<Polygon | MultiPolygon>
/** Country polygons keyed by ISO alpha-2 code. */
export type CountryLookup = ReadonlyMap<string, CountryPolygon>

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()
}

/** Distance in km from a point to a polygon: 0 inside, else to the nearest ring. */
export function distanceToPolygonKm(lngLat: readonly [number, number], polygon: CountryPolygon): number {
  const p = point([lngLat[0], lngLat[1]])
  if (booleanPointInPolygon(p, polygon)) return 0
  let best = Infinity
  for (const ring of rings(polygon.geometry)) {
    if (ring.length < 2) continue
    best = Math.min(best, pointToLineDistance(p, lineString(ring), { units: 'kilometers' }))
  }
  return best
}

function roundKm(km: number): string {
  return km < 10 ? km.toFixed(1) : String(Math.round(km))
}

/**
 * Each camp must lie inside its `country` polygon, or within its uncertaintyKm plus the
 * coastline tolerance of it.
 */
export function checkCampCountries(
  camps: readonly Camp[],
  countries: CountryLookup,
  coastToleranceKm: number = COAST_TOLERANCE_KM,
): Rejection[] {
  const rejected: Rejection[] = []
  for (const camp of camps) {
    const polygon = countries.get(camp.country)
    if (!polygon) {
      rejected.push({ id: camp.id, reason: `country: no polygon for "${camp.country}"` })
      continue
    }
    const km = distanceToPolygonKm(camp.lngLat, polygon)
    const allowed = camp.uncertaintyKm + coastToleranceKm
    if (km > allowed) {
      rejected.push({
        id: camp.id,
        reason: `country: point lies ${roundKm(km)} km outside ${camp.country} (allowed: uncertaintyKm ${camp.uncertaintyKm} + ${coastToleranceKm} km)`,
      })
    }
  }
  return rejected
}

/** Distance in km from a point to the nearest of the lines. */
function distanceToLinesKm(lngLat: readonly [number, number], lines: readonly Feature<LineString>[]): number {
  const p = point([lngLat[0], lngLat[1]])
  let best = Infinity
  for (const line of lines) best = Math.min(best, pointToLineDistance(p, line, { units: 'kilometers' }))
  return best
}

/**
 * Each BAM camp must lie within its uncertaintyKm of a BAM line feature, or its notes
 * must explain why not, in a sentence starting with "Off the mainline:".
 */
export function checkBamProximity(camps: readonly Camp[], lines: readonly Feature<LineString>[]): Rejection[] {
  if (lines.length === 0) return camps.filter((c) => c.bam).map((c) => ({ id: c.id, reason: 'bam: no BAM line to check against' }))
  const rejected: Rejection[] = []
  for (const camp of camps) {
    if (!camp.bam) continue
    const km = distanceToLinesKm(camp.lngLat, lines)
    if (km <= camp.uncertaintyKm || camp.notes.includes(OFF_MAINLINE_MARKER)) continue
    rejected.push({
      id: camp.id,
      reason: `bam: ${roundKm(km)} km from the nearest BAM line (uncertaintyKm ${camp.uncertaintyKm}) and the notes have no "${OFF_MAINLINE_MARKER}" explanation`,
    })
  }
  return rejected
}
