import { NO_FILTERS } from '../data/filters'
import { describe, expect, it } from 'vitest'
import type { Camp } from '../data/schema'
import { makeCamp } from '../../tests/support/camp'
import { countByTier, filterCamps, type FilterIndex } from './filter-camps'
import { normalizeForSearch } from './search'

function camp(id: string, region: string, tier: Camp['tier'], [name, nameJa, nameRu]: [string, string, string]): Camp {
  return Object.freeze(makeCamp({ id, region, tier, name, nameJa, nameRu, modernName: name, modernNameJa: nameJa }))
}

const camps = Object.freeze([
  camp('taishet', 'irkutsk-oblast', 1, ['Taishet (BAM camp No. 7)', 'タイシェット', 'Тайшет']),
  camp('irkutsk', 'irkutsk-oblast', null, ['Irkutsk', 'イルクーツク', 'Иркутск']),
  camp('nakhodka', 'primorsky-krai', 2, ['Nakhodka', 'ナホトカ', 'Находка']),
  camp('ulaanbaatar', 'mongolia', null, ['Ulaanbaatar', 'ウランバートル', 'Улан-Батор']),
])

const index: FilterIndex = {
  areaOfRegion: new Map([
    ['irkutsk-oblast', 'eastern-siberia'],
    ['primorsky-krai', 'far-east'],
    ['mongolia', 'mongolia'],
  ]),
  searchKeysOf: new Map(camps.map((c) => [c.id, [c.name, c.nameJa, c.nameRu].map(normalizeForSearch)])),
}
const all = NO_FILTERS
const ids = (result: Camp[]) => result.map((c) => c.id)

describe('filterCamps', () => {
  it('shows everything by default', () => {
    expect(ids(filterCamps(camps, all, index))).toEqual(['taishet', 'irkutsk', 'nakhodka', 'ulaanbaatar'])
  })
  it('filters by 1946 unit, and by larger area', () => {
    expect(ids(filterCamps(camps, { ...all, region: 'primorsky-krai' }, index))).toEqual(['nakhodka'])
    expect(ids(filterCamps(camps, { ...all, area: 'eastern-siberia' }, index))).toEqual(['taishet', 'irkutsk'])
  })
  it('lets the unit win over the area', () => {
    expect(ids(filterCamps(camps, { ...all, area: 'mongolia', region: 'primorsky-krai' }, index))).toEqual(['nakhodka'])
  })
  it('filters by tier, with "unknown" for tier null', () => {
    expect(ids(filterCamps(camps, { ...all, tiers: ['unknown'] }, index))).toEqual(['irkutsk', 'ulaanbaatar'])
    expect(ids(filterCamps(camps, { ...all, tiers: ['1', '2'] }, index))).toEqual(['taishet', 'nakhodka'])
  })
  it('searches names in every language, ignoring case, kana kind and punctuation', () => {
    expect(ids(filterCamps(camps, { ...all, q: 'тайшет' }, index))).toEqual(['taishet'])
    expect(ids(filterCamps(camps, { ...all, q: 'たいしぇっと' }, index))).toEqual(['taishet'])
    expect(ids(filterCamps(camps, { ...all, q: 'ｳﾗﾝﾊﾞｰﾄﾙ' }, index))).toEqual(['ulaanbaatar'])
    expect(ids(filterCamps(camps, { ...all, q: 'ulan bator' }, index))).toEqual([])
    expect(ids(filterCamps(camps, { ...all, q: 'улан батор' }, index))).toEqual(['ulaanbaatar'])
    expect(ids(filterCamps(camps, { ...all, q: 'camp no. 7' }, index))).toEqual(['taishet'])
  })
  it('combines every part', () => {
    expect(ids(filterCamps(camps, { ...NO_FILTERS, area: 'eastern-siberia', tiers: ['unknown'], q: 'irk' }, index))).toEqual(['irkutsk'])
  })
})

describe('countByTier', () => {
  it('counts every tier, zero included', () => {
    expect(countByTier(camps)).toEqual({ '1': 1, '2': 1, '3': 0, '4': 0, unknown: 2 })
  })
})
