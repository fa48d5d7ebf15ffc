import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from '../data/filters'
import { downloadStem } from './file-name'

const base = { ...NO_FILTERS, count: 93, version: '1.1.0' }

describe('downloadStem', () => {
  it('names the whole dataset by its version alone', () => {
    expect(downloadStem(base)).toBe('japanese-internment-camps-1.1.0')
  })
  it('names a filtered extract by its filters and its number of camps', () => {
    expect(downloadStem({ ...base, region: 'karaganda-oblast', count: 3 })).toBe('japanese-internment-camps-1.1.0-karaganda-oblast-3-camps')
    expect(downloadStem({ ...base, area: 'central-asia', tiers: ['1', '2'], count: 4 })).toBe(
      'japanese-internment-camps-1.1.0-central-asia-tier-1-2-4-camps',
    )
    expect(downloadStem({ ...base, bam: true, count: 8 })).toBe('japanese-internment-camps-1.1.0-bam-8-camps')
  })
  it('writes a search in ASCII only, and a search in another script as "search"', () => {
    expect(downloadStem({ ...base, q: 'Ulan Bator!', count: 1 })).toBe('japanese-internment-camps-1.1.0-search-ulan-bator-1-camps')
    expect(downloadStem({ ...base, q: 'タイシェト', count: 1 })).toBe('japanese-internment-camps-1.1.0-search-1-camps')
  })
})
