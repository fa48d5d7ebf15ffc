import type { Feature, MultiPolygon, Polygon, Position } from 'geojson'

/**
 * Natural Earth / world-atlas rings that cross the antimeridian (Chukotka, Wrangel
 * Island) jump from +180 to -180 and back. Leaflet draws such rings across the whole
 * world, so every negative longitude of a country that has such a ring is moved by
 * +360: Chukotka then continues east of 180 (up to about 190) and the outline is one
 * contiguous shape. Pure functions.
 */

function ringCrossesAntimeridian(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]
    const b = ring[i]
    if (a && b && a[0] !== undefined && b[0] !== undefined && Math.abs(a[0] - b[0]) > 180) return true
  }
  return false
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

export function crossesAntimeridian(geometry: Polygon | MultiPolygon): boolean {
  return polygonsOf(geometry).some((polygon) => polygon.some(ringCrossesAntimeridian))
}

function shiftPosition(position: Position): Position {
  const [lon, lat, ...rest] = position
  if (lon === undefined || lat === undefined) return position
  return [lon < 0 ? lon + 360 : lon, lat, ...rest]
}

function shiftPolygons(polygons: Position[][][]): Position[][][] {
  return polygons.map((polygon) => polygon.map((ring) => ring.map(shiftPosition)))
}

/** The geometry with negative longitudes moved east by 360 when any ring crosses 180. */
export function unwrapAntimeridian<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (!crossesAntimeridian(geometry)) return geometry
  if (geometry.type === 'Polygon') {
    const [shifted] = shiftPolygons([geometry.coordinates])
    return { ...geometry, coordinates: shifted ?? [] }
  }
  return { ...geometry, coordinates: shiftPolygons(geometry.coordinates) }
}

export function unwrapFeature<P>(feature: Feature<Polygon | MultiPolygon, P>): Feature<Polygon | MultiPolygon, P> {
  return { ...feature, geometry: unwrapAntimeridian(feature.geometry) }
}
