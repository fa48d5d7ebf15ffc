import { lineString, polygon } from '@turf/helpers'
import { describe, expect, it } from 'vitest'
import { checkBamProximity, checkCampCountries, distanceToPolygonKm, OFF_MAINLINE_MARKER, type CountryLookup } from './geo-sanity'
import type { Camp } from '../data/schema'
import { makeCamp } from '../../tests/support/camp'

/** A 2° x 2° square country "XX" around (10..12 E, 50..52 N). */
const square = polygon([
  [
    [10, 50],
    [12, 50],
    [12, 52],
    [10, 52],
    [10, 50],
  ],
])
const countries: CountryLookup = new Map([['XX', square]])

/** A camp in country "XX", in the middle of the square. */
const camp = (overrides: Partial<Camp>): Camp => makeCamp({ country: 'XX', lngLat: [11, 51], ...overrides })

describe('distanceToPolygonKm', () => {
  it('is 0 inside and grows outside', () => {
    expect(distanceToPolygonKm([11, 51], square)).toBe(0)
    const km = distanceToPolygonKm([12.5, 51], square)
    expect(km).toBeGreaterThan(30)
    expect(km).toBeLessThan(40)
  })
})

describe('checkCampCountries', () => {
  it('accepts a point inside its country', () => {
    expect(checkCampCountries([camp({})], countries)).toEqual([])
  })

  it('accepts a point just outside within uncertaintyKm + coast tolerance', () => {
    // about 7 km east of the border: 5 km + 10 km allowed
    expect(checkCampCountries([camp({ lngLat: [12.1, 51] })], countries)).toEqual([])
  })

  it('rejects a point far outside, naming the camp', () => {
    const rejected = checkCampCountries([camp({ id: 'far', lngLat: [13, 51] })], countries)
    expect(rejected).toHaveLength(1)
    expect(rejected[0]?.id).toBe('far')
    expect(rejected[0]?.reason).toMatch(/outside XX/)
  })

  it('lets a larger uncertaintyKm cover the distance', () => {
    expect(checkCampCountries([camp({ lngLat: [13, 51], uncertaintyKm: 100 })], countries)).toEqual([])
  })

  it('rejects a country with no polygon', () => {
    expect(checkCampCountries([camp({ id: 'nowhere', country: 'YY' })], countries)[0]).toMatchObject({ id: 'nowhere' })
  })
})

describe('checkBamProximity', () => {
  const line = lineString([
    [10, 51],
    [12, 51],
  ])

  it('ignores camps that are not BAM camps', () => {
    expect(checkBamProximity([camp({ lngLat: [11, 55] })], [line])).toEqual([])
  })

  it('accepts a BAM camp within its uncertaintyKm of a line', () => {
    expect(checkBamProximity([camp({ bam: true, lngLat: [11, 51.03] })], [line])).toEqual([])
  })

  it('rejects a BAM camp far from every line without an explanation', () => {
    const rejected = checkBamProximity([camp({ id: 'off', bam: true, lngLat: [11, 53] })], [line])
    expect(rejected).toHaveLength(1)
    expect(rejected[0]?.id).toBe('off')
    expect(rejected[0]?.reason).toContain(OFF_MAINLINE_MARKER)
  })

  it('accepts a far BAM camp whose notes explain it', () => {
    const notes = `${OFF_MAINLINE_MARKER} the point lies 220 km from the line because the camp was administered from elsewhere.`
    expect(checkBamProximity([camp({ bam: true, lngLat: [11, 53], notes })], [line])).toEqual([])
  })
})
