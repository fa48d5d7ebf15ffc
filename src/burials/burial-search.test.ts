import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { burialSitesFromBundledJson } from './burial-data'
import { normalizeName, rankBurialSites } from './burial-search'

const sites = burialSitesFromBundledJson(JSON.parse(readFileSync('geodata/burial-sites.geojson', 'utf8')) as unknown)
const rank = (q: string) => rankBurialSites(sites, q)
const ids = (q: string) => rank(q).map((r) => r.site.id)

describe('rankBurialSites on geodata', () => {
  it('finds a site by its English, Japanese and Russian names, and says which one matched', () => {
    expect(rank('Radishchev').map((r) => [r.site.id, r.field])).toEqual([['irkutsk-radishchev-cemetery', 'name']])
    expect(rank('ラジシェボ').map((r) => [r.site.id, r.field])).toEqual([['irkutsk-radishchev-cemetery', 'nameJa']])
    expect(rank('Радищевское').map((r) => [r.site.id, r.field])).toEqual([['irkutsk-radishchev-cemetery', 'nameRu']])
  })

  it('finds a site by the ministry’s register number its sources give, and says so', () => {
    expect(rank('3006').map((r) => [r.site.id, r.field])).toEqual([['chita-peace-memorial', 'campNumber']])
  })

  it('finds a number only whole: "1937" is not found by "937", "branch 7" not by "branch 71"', () => {
    expect(ids('937')).toEqual([])
    expect(ids('1937')).toContain('khilok-hospital-1937')
    expect(ids('camp 14 branch 7')).toEqual(['camp14-branch7'])
  })

  it('ranks a whole name before the start of a name before a word inside one', () => {
    const kadala = rank('カダラ第1墓地')
    expect(kadala[0]?.site.id).toBe('kadala-cemetery-1')
    expect(kadala[0]?.rank).toBe(0)
    const starts = rank('Kadala')
    expect(starts.length).toBeGreaterThanOrEqual(4)
    // "Kadala cemetery No. 1" starts with the word; "Khushenga … (Khilok)" would not.
    expect(starts.map((r) => r.rank)).toEqual([...starts.map((r) => r.rank)].sort((a, b) => a - b))
    expect(starts[0]?.site.name.toLowerCase().startsWith('kadala')).toBe(true)
  })

  it('matches hiragana to katakana, full-width Latin, case and ё/е', () => {
    expect(ids('だんばだるじゃー')).toEqual(['dambadarjaa-memorial'])
    expect(ids('ＫＡＤＡＬＡ')).toEqual(ids('kadala'))
    expect(ids('Заозерный')).toEqual(ids('Заозёрный'))
    expect(ids('Заозерный')).toContain('zaozerny-cemetery')
  })

  it('needs every word, and finds nothing for an empty or unknown query', () => {
    expect(ids('bukachacha pine')).toEqual(['bukachacha-mine-2'])
    expect(ids('   ')).toEqual([])
    expect(ids('Taishet')).toEqual([])
  })
})

describe('normalizeName', () => {
  it('normalises width, case, long-vowel marks and middle dots', () => {
    expect(normalizeName('ウラン・ウデ')).toBe('ウラン ウデ')
    expect(normalizeName('Ｃｈｉｔａ')).toBe('chita')
  })
})
