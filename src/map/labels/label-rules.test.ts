import { describe, expect, it } from 'vitest'
import {
  campLabelPriority,
  campLabelTexts,
  townLabelPriority,
  townsNotNamedByCamps,
  townVisibleAt,
  REGION_LABEL_PRIORITY,
} from './label-rules'
import { localName } from '../../i18n/names'
import { riverWeight } from '../../symbols/line-palette'

describe('label rules', () => {
  it('shows towns by rank as the zoom grows', () => {
    expect([1, 2, 3].map((rank) => townVisibleAt(rank, 3.5))).toEqual([true, false, false])
    expect([1, 2, 3].map((rank) => townVisibleAt(rank, 5))).toEqual([true, true, false])
    expect([1, 2, 3].map((rank) => townVisibleAt(rank, 7))).toEqual([true, true, true])
    expect(townVisibleAt(4, 12)).toBe(false)
  })

  it('names in the interface language, never Russian', () => {
    const chita = { nameEn: 'Chita', nameJa: 'チタ', nameRu: 'Чита' }
    expect(localName(chita, 'en')).toBe('Chita')
    expect(localName(chita, 'ja')).toBe('チタ')
    expect(localName({ nameEn: 'Chita', nameJa: ' ' }, 'ja')).toBe('Chita')
  })

  it('ranks every camp above every town, and towns above the region name', () => {
    expect(Math.min(...[1, 2, 3, 4, 5].map(campLabelPriority))).toBeGreaterThan(Math.max(...[1, 2, 3].map(townLabelPriority)))
    expect(Math.min(...[1, 2, 3].map(townLabelPriority))).toBeGreaterThan(REGION_LABEL_PRIORITY)
    expect(townLabelPriority(1)).toBeGreaterThan(townLabelPriority(3))
  })

  it('camp labels: number only at the default view, name and number from a regional zoom', () => {
    expect(campLabelTexts(12, 'Chita', 3.5)).toEqual(['#12'])
    expect(campLabelTexts(12, 'Chita', 5)).toEqual(['#12 Chita', '#12'])
    expect(campLabelTexts(12, '  ', 8)).toEqual(['#12'])
  })

  it('draws major rivers from the default view and the others as the zoom grows', () => {
    expect(riverWeight(1, 3)).toBeGreaterThan(0)
    expect(riverWeight(2, 3)).toBe(0)
    expect(riverWeight(2, 5)).toBeGreaterThan(0)
    expect(riverWeight(3, 5)).toBe(0)
    expect(riverWeight(3, 7)).toBeGreaterThan(0)
    expect(riverWeight(1, 8)).toBeGreaterThan(riverWeight(1, 4))
    expect(riverWeight(Number.NaN, 7)).toBe(riverWeight(3, 7))
    // A named river is drawn whole from the default view, even its level-3 stretches.
    expect(riverWeight(3, 3, true)).toBe(riverWeight(1, 3))
  })
})

describe('townsNotNamedByCamps', () => {
  it('drops a town with a shown camp within about 30 km and keeps the others', () => {
    const towns = [
      { id: 'kansk', lngLat: [95.7, 56.2] as const },
      { id: 'far', lngLat: [100, 56.2] as const },
      { id: 'near-east', lngLat: [96.1, 56.2] as const },
    ]
    // At 56° N, 0.3° of latitude is about 33 km and 0.54° of longitude about the same.
    const kept = townsNotNamedByCamps(towns, [[95.72, 56.25]])
    expect(kept.map((t) => t.id)).toEqual(['far'])
    expect(townsNotNamedByCamps(towns, []).map((t) => t.id)).toEqual(['kansk', 'far', 'near-east'])
  })
})
