import { describe, expect, it } from 'vitest'
import { makeCamp } from '../../tests/support/camp'
import { campFeatureSchema } from './schema'

describe('the unit tests’ camp factory (tests/support/camp.ts)', () => {
  it('makes a camp the schema accepts, with every field set', () => {
    const { lngLat, ...properties } = makeCamp()
    const result = campFeatureSchema.safeParse({ type: 'Feature', geometry: { type: 'Point', coordinates: lngLat }, properties })
    expect(result.error?.issues ?? []).toEqual([])
  })
  it('puts the overrides on top', () => {
    expect(makeCamp({ id: 'other', tier: 2 })).toMatchObject({ id: 'other', tier: 2, name: 'Test camp' })
  })
})
