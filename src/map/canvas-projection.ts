import * as L from 'leaflet'
import type { Camp } from '../data/schema'
import { tierKeyOf, type TierKey } from '../data/tier-key'
import { toLatLng } from '../geo/lng-lat'
import { tierSymbol } from '../symbols/tier-symbol'

export type Projected = { wx: Float64Array; wy: Float64Array; tiers: TierKey[]; order: Int32Array }

/** World pixels at zoom 0 (times 2^zoom at any zoom) and the drawing order: larger tiers on top. */
export function projectCamps(camps: readonly Camp[]): Projected {
  const wx = new Float64Array(camps.length)
  const wy = new Float64Array(camps.length)
  camps.forEach((camp, i) => {
    const point = L.CRS.EPSG3857.latLngToPoint(L.latLng(toLatLng(camp.lngLat)), 0)
    wx[i] = point.x
    wy[i] = point.y
  })
  const tiers = camps.map((c) => tierKeyOf(c.tier))
  const order = Int32Array.from(camps.keys()).sort(
    (a, b) => tierSymbol(tiers[a] ?? 'unknown').priority - tierSymbol(tiers[b] ?? 'unknown').priority || a - b,
  )
  return { wx, wy, tiers, order }
}
