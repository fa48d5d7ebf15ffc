import { describe, expect, it } from 'vitest'
import { loadGeodata } from '../../tests/support/geodata'
import { buildCampIndex } from '../camp-index/camp-index'
import { filterCamps } from './filter-camps'
import { parseSearchQuery } from './search-query'
import { rankCamps } from './search-rank'
import { NO_FILTERS } from '../data/filters'

/** The ranking under the search box, on the real geodata: what a family types finds its camp first. */
const { dataset } = loadGeodata()
const index = buildCampIndex(dataset)
const rank = (query: string) => rankCamps(index.camps, index.searchKeysOf, query)
const ids = (query: string) => rank(query).map((r) => r.camp.id)

describe('parseSearchQuery', () => {
  it.each(['第7収容所', '第7', 'No. 7', 'camp 7', '7', 'camp No. 7', 'лагерь 7', '第７ラーゲリ'])('%s asks for camp number 7', (q) => {
    expect(parseSearchQuery(q).number).toBe('7')
  })
  it.each(['ラーゲリ', '収容所', 'лагерь', 'camp', 'Lager', 'らーげり'])('%s is a word for a camp, not a name', (q) => {
    expect(parseSearchQuery(q)).toEqual({ words: [], number: null, campWordsOnly: true })
  })
  it('keeps the name beside a camp word', () => {
    expect(parseSearchQuery('タイシェト 収容所').words).toEqual(parseSearchQuery('タイシェト').words)
    expect(parseSearchQuery('タイシェト収容所').words).toEqual(parseSearchQuery('タイシェト').words)
    expect(parseSearchQuery('Taishet camp').campWordsOnly).toBe(false)
  })
})

describe('rankCamps on geodata', () => {
  it.each(['第7収容所', '第7', 'No. 7', 'camp 7', '7'])('%s lists Taishet (camp No. 7) first, the map entry 7 after it', (q) => {
    const results = rank(q)
    expect(results[0]?.camp.id).toBe('taishet')
    expect(results[0]?.reason).toEqual({ type: 'campNumber', number: '7' })
    const voroshilov = results.findIndex((r) => r.camp.id === 'voroshilov')
    expect(voroshilov).toBeGreaterThan(0)
    expect(results[voroshilov]?.reason).toEqual({ type: 'catalogue', number: 7 })
  })
  it('lists every camp sharing a camp number before any map entry with that number', () => {
    const results = rank('24')
    const kinds = results.map((r) => r.reason.type)
    expect(
      results
        .slice(0, 2)
        .map((r) => r.camp.id)
        .sort(),
    ).toEqual(['chita', 'sherlovaya-gora'])
    expect(kinds.lastIndexOf('campNumber')).toBeLessThan(kinds.indexOf('catalogue'))
  })
  it('understands the words for a camp: alone they ask for every camp, beside a name they are dropped', () => {
    expect(ids('ラーゲリ')).toHaveLength(index.camps.length)
    expect(ids('収容所')).toHaveLength(index.camps.length)
    expect(ids('タイシェト 収容所')).toEqual(['taishet'])
    expect(ids('タイシェト収容所')).toEqual(['taishet'])
    expect(ids('Taishet camp')).toEqual(['taishet'])
  })
  it('says why a camp matched: an alias, a Russian name, today’s name', () => {
    expect(rank('Tayshet')[0]).toMatchObject({ camp: { id: 'taishet' }, reason: { type: 'alias', text: 'Tayshet' } })
    expect(rank('Тайшет')[0]).toMatchObject({ camp: { id: 'taishet' }, reason: { type: 'name', field: 'nameRu' } })
    expect(rank('ライチハ')[0]).toMatchObject({ camp: { id: 'raychikha' }, reason: { type: 'name', field: 'nameJa' } })
    expect(rank('Ussuriisk')[0]).toMatchObject({ camp: { id: 'voroshilov' }, reason: { type: 'alias' } })
  })
  it('puts a camp’s own name before camps that only lie in a region of that name', () => {
    const results = rank('Khabarovsk')
    expect(results[0]?.camp.id).toBe('khabarovsk')
    expect(results.at(-1)?.reason.type).toBe('region')
  })
  it.each(['第7収容所', 'ラーゲリ', 'タイシェト 収容所', 'Khabarovsk', '24', 'ulanbator', 'Tayshet'])(
    'ranks exactly the camps the map shows for %s',
    (query) => {
      const shown = filterCamps(index.camps, { ...NO_FILTERS, q: query }, index).map((c) => c.id)
      expect(ids(query).sort()).toEqual([...shown].sort())
    },
  )
})
