import type { Camp, CampFeature } from './schema'

/** A camp feature as the app holds it: its properties and its position in GeoJSON order. */
export function campFromFeature({ properties, geometry }: CampFeature): Camp {
  const [lng, lat] = geometry.coordinates
  return { ...properties, lngLat: [lng, lat] }
}
