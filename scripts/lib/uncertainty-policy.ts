import type { LocationPrecision } from '../../src/data/schema'

/**
 * The uncertaintyKm policy (documented in geodata/README.md). Each location precision
 * has a default radius; any other radius must be explained in the camp's notes, which
 * then mention it as "<N> km".
 */
export const DEFAULT_UNCERTAINTY_KM: Readonly<Record<LocationPrecision, number>> = {
  settlement: 5,
  approximate: 25,
  region: 300,
}

/** The named radii of the policy, for the README and the notes. */
export const DISTRICT_RADIUS_KM = 50
export const OBLAST_CORE_RADIUS_KM = 100

export function isDefaultRadius(precision: LocationPrecision, km: number): boolean {
  return DEFAULT_UNCERTAINTY_KM[precision] === km
}

export function radiusExplained(km: number, notes: string): boolean {
  return notes.includes(`${km} km`)
}
