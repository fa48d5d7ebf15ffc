import { ISO_NUMERIC_BY_ALPHA2, type CountryLookup, type CountryPolygon } from '../../src/geo/geo-sanity'
import { unwrapFeature } from '../lib/antimeridian'
import type { CountryFeature } from '../lib/world-atlas'

/**
 * The country polygons the camps are checked against, keyed by alpha-2, with rings
 * crossing the antimeridian unwrapped (a ring jumping from +180 to -180 would confuse
 * the point-in-polygon test).
 */
export function countryLookup(countries: readonly CountryFeature[]): CountryLookup {
  const lookup = new Map<string, CountryPolygon>()
  for (const [alpha2, numeric] of Object.entries(ISO_NUMERIC_BY_ALPHA2)) {
    const country = countries.find((c) => c.id === numeric)
    if (country) lookup.set(alpha2, unwrapFeature(country))
  }
  return lookup
}
