import { describe, expect, it } from 'vitest'
import type { Camp } from '../data/schema'
import { makeCamp } from '../../tests/support/camp'
import { filterCamps, type FilterIndex } from './filter-camps'
import { containsNumber, normalizeForSearch, numberQuery } from './search'
import { NO_FILTERS } from '../data/filters'

function camp(
  id: string,
  number: number,
  campNumbers: string[],
  [name, nameJa, nameRu]: [string, string, string],
  aliases: string[] = [],
): Camp {
  return makeCamp({ id, number, campNumbers, name, nameJa, nameRu, aliases, modernName: name, modernNameJa: nameJa, region: 'r' })
}

const camps = [
  camp('taishet', 36, ['7'], ['Taishet', 'タイシェット', 'Тайшет'], ['Tayshet', 'タイシェト']),
  camp('obor', 7, ['17'], ['Obor', 'オボル', 'Обор']),
  camp('sovetskaya-gavan', 15, ['2'], ['Sovetskaya Gavan', 'ソヴィエツカヤ・ガヴァニ', 'Советская Гавань'], ['ソフガワニ', 'Sovgavan']),
  camp('ulaanbaatar', 80, [], ['Ulaanbaatar', 'ウランバートル', 'Улан-Батор'], ['Ulan Bator']),
  camp('kuril', 60, ['48'], ['Kurils camp No. 48', 'クリル', 'Курилы']),
]
const index: FilterIndex = {
  areaOfRegion: new Map([['r', 'far-east']]),
  searchKeysOf: new Map(camps.map((c) => [c.id, [c.name, c.nameJa, c.nameRu, ...c.aliases].map(normalizeForSearch)])),
}
const find = (query: string) => filterCamps(camps, { ...NO_FILTERS, q: query }, index).map((c) => c.id)

describe('numberQuery', () => {
  it.each(['No. 7', '7', '第7', 'лагерь 7', 'No.7', '#7', '＃７', '第７収容所', '№ 7', 'camp 7', ' no 07 '])('%s asks for 7', (q) => {
    expect(numberQuery(q)).toBe('7')
  })
  it.each(['Taishet 7', '7a', '', 'No.', '12345'])('%s is not a number query', (q) => {
    expect(numberQuery(q)).toBeNull()
  })
})

describe('containsNumber', () => {
  it('finds whole numbers only', () => {
    expect(containsNumber('camp no 7', '7')).toBe(true)
    expect(containsNumber('camp no 17', '7')).toBe(false)
    expect(containsNumber('camp no 70', '7')).toBe(false)
  })
})

describe('search by number', () => {
  it('matches the catalogue number and the Soviet camp numbers, not numbers that contain the digits', () => {
    for (const q of ['No. 7', '7', '第7', 'лагерь 7', 'No.7', '#7']) expect(find(q), q).toEqual(['taishet', 'obor'])
    expect(find('17')).toEqual(['obor'])
    expect(find('48')).toEqual(['kuril'])
    expect(find('第2収容所')).toEqual(['sovetskaya-gavan'])
  })
})

describe('search by the names people know', () => {
  it.each([
    ['タイシェト', 'taishet'],
    ['たいしぇと', 'taishet'],
    ['Tayshet', 'taishet'],
    ['tayshet', 'taishet'],
    ['ソフガワニ', 'sovetskaya-gavan'],
    ['そふがわに', 'sovetskaya-gavan'],
    ['ｿﾌｶﾞﾜﾆ', 'sovetskaya-gavan'],
    ['ソビエツカヤ・ガバニ', 'sovetskaya-gavan'],
    ['Ulan Bator', 'ulaanbaatar'],
    ['ulanbator', 'ulaanbaatar'],
    ['ウラン・バートル', 'ulaanbaatar'],
    ['ＴＡＩＳＨＥＴ', 'taishet'],
  ])('%s finds %s', (query, id) => {
    expect(find(query)).toEqual([id])
  })
})
