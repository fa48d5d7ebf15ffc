import type { BurialSite } from '../data/burial-schema'
import type { Rejection } from '../data/schema'
import { distanceToPolygonKm, type CountryLookup } from './geo-sanity'

/** Tolerance for the generalised 1:50m coastlines, as for the camps (geo-sanity.ts). */
const COAST_TOLERANCE_KM = 10

/**
 * Every placed burial site must lie in the USSR's successor states or Mongolia (the
 * countries the camps are checked against), within its uncertaintyKm plus the coastline
 * tolerance. Sites without a position are not checked: they are never drawn.
 */
export function checkBurialPositions(sites: readonly BurialSite[], countries: CountryLookup): Rejection[] {
  const polygons = [...countries.values()]
  const rejected: Rejection[] = []
  for (const site of sites) {
    if (site.lngLat === null) continue
    const lngLat = site.lngLat
    const km = Math.min(...polygons.map((p) => distanceToPolygonKm(lngLat, p)))
    const allowed = (site.uncertaintyKm ?? 0) + COAST_TOLERANCE_KM
    if (km > allowed) {
      rejected.push({
        id: site.id,
        reason: `position: lies ${Math.round(km)} km outside the USSR and Mongolia (allowed: uncertaintyKm ${site.uncertaintyKm ?? 0} + ${COAST_TOLERANCE_KM} km)`,
      })
    }
  }
  return rejected
}
