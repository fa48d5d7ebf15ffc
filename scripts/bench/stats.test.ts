import { describe, expect, it } from 'vitest'
import { formatRatio, formatTable, summarize } from './stats'

describe('summarize', () => {
  it('gives the median of odd and even counts, with min and max', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 })
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 })
  })
  it('refuses an empty list', () => {
    expect(() => summarize([])).toThrow(/no samples/)
  })
})

describe('formatRatio and formatTable', () => {
  it('prints ratios to the baseline', () => {
    expect(formatRatio(50, 200)).toBe('0.25×')
    expect(formatRatio(null, 200)).toBe('n/a')
  })
  it('pads columns as a Markdown table', () => {
    expect(
      formatTable([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('| a   | bb |\n|-----|----|\n| ccc | d  |')
  })
})
