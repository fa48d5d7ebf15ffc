import { describe, expect, it } from 'vitest'
import { validateCampCollection } from '../../src/data/validate'
import { readRealData } from '../make-synthetic'
import { createRandom } from './prng'
import { generateSyntheticCollection, serializeCollection, syntheticId } from './synthetic'

describe('createRandom', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed)
      return Array.from({ length: 5 }, () => random.next())
    }
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true)
  })
  it('gives the pinned first value for seed 1 (mulberry32), so sets stay the same across machines', () => {
    expect(createRandom(1).next()).toBeCloseTo(0.6270739405881613, 12)
  })
  it('chooses by weight and never an item of weight zero', () => {
    const random = createRandom(7)
    const picks = Array.from({ length: 1000 }, () => random.weighted(['a', 'b', 'c'], [1, 0, 3]))
    expect(picks).not.toContain('b')
    expect(picks.filter((p) => p === 'c').length).toBeGreaterThan(picks.filter((p) => p === 'a').length)
  })
})

describe('generateSyntheticCollection', () => {
  const { camps, refs, sourceIds } = readRealData()

  it('is deterministic: the same seed serialises to the same bytes', () => {
    const a = serializeCollection(generateSyntheticCollection({ count: 300, seed: 5, camps, sourceIds }))
    const b = serializeCollection(generateSyntheticCollection({ count: 300, seed: 5, camps, sourceIds }))
    expect(a).toBe(b)
    expect(serializeCollection(generateSyntheticCollection({ count: 300, seed: 6, camps, sourceIds }))).not.toBe(a)
  })

  it('passes the app validator, with every tier and null, and says it is synthetic', () => {
    const collection = generateSyntheticCollection({ count: 2000, camps, sourceIds })
    const result = validateCampCollection(JSON.parse(serializeCollection(collection)) as unknown, refs)
    expect(result.rejected).toEqual([])
    expect(result.camps).toHaveLength(2000)
    expect(new Set(result.camps.map((c) => c.tier))).toEqual(new Set([1, 2, 3, 4, null]))
    expect(result.camps[122]?.id).toBe(syntheticId(123))
    expect(syntheticId(123)).toBe('synthetic-000123')
    expect(result.camps.every((c) => c.notes.includes('SYNTHETIC') && c.name.startsWith('Synthetic'))).toBe(true)
    expect(result.metadata?.title).toMatch(/SYNTHETIC/)
  })

  it('spreads the points over the camps area (USSR and Mongolia), not one spot', () => {
    const { features } = generateSyntheticCollection({ count: 2000, camps, sourceIds })
    const lngs = features.map((f) => f.geometry.coordinates[0])
    const lats = features.map((f) => f.geometry.coordinates[1])
    expect(Math.min(...lngs)).toBeLessThan(60)
    expect(Math.max(...lngs)).toBeGreaterThan(130)
    expect(Math.min(...lats)).toBeGreaterThan(30)
    expect(Math.max(...lats)).toBeLessThan(80)
    expect(new Set(features.map((f) => f.properties.region)).size).toBeGreaterThan(15)
  })
})
