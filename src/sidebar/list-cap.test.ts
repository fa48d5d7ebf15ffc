import { describe, expect, it } from 'vitest'
import { capList, MAX_LISTED_CAMPS } from './list-cap'

describe('capList', () => {
  it('keeps a short list whole, the same array', () => {
    const items = Object.freeze([1, 2, 3])
    expect(capList(items, 3)).toEqual({ listed: items, notListed: 0 })
    expect(capList(items, 3).listed).toBe(items)
  })
  it('lists the first items of a long one and counts the rest', () => {
    expect(capList([1, 2, 3, 4, 5], 2)).toEqual({ listed: [1, 2], notListed: 3 })
  })
  it('caps 50,000 camps at the default limit', () => {
    const { listed, notListed } = capList(Array.from({ length: 50_000 }, (_, i) => i))
    expect(listed).toHaveLength(MAX_LISTED_CAMPS)
    expect(notListed).toBe(50_000 - MAX_LISTED_CAMPS)
  })
  it('treats a negative limit as zero', () => {
    expect(capList(['a'], -1)).toEqual({ listed: [], notListed: 1 })
  })
})
