import type { LatLngTuple } from 'leaflet'
import type { LngLat } from '../data/schema'

/** The only place where GeoJSON's [lng, lat] order becomes Leaflet's [lat, lng]. */
export function toLatLng([lng, lat]: LngLat): LatLngTuple {
  return [lat, lng]
}

/** Leaflet's [lat, lng] back to GeoJSON's [lng, lat]. */
export function toLngLat([lat, lng]: LatLngTuple): LngLat {
  return [lng, lat]
}
