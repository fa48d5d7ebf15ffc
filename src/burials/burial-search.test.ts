import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { burialSitesFromBundledJson } from './burial-data'
import { normalizeName, searchBurialSites } from './burial-search'

const sites = burialSitesFromBundledJson(JSON.parse(readFileSync('geodata/burial-sites.geojson', 'utf8')) as unknown)
const ids = (q: string) => searchBurialSites(sites, q).map((s) => s.id)

describe('searchBurialSites', () => {
  it('finds a site by its English, Japanese and Russian names', () => {
    expect(ids('Radishchev')).toEqual(['irkutsk-radishchev-cemetery'])
    expect(ids('ラジシェボ')).toEqual(['irkutsk-radishchev-cemetery'])
    expect(ids('Радищевское')).toEqual(['irkutsk-radishchev-cemetery'])
  })

  it('matches hiragana to katakana, full-width Latin, case and ё/е', () => {
    expect(ids('だんばだるじゃー')).toEqual(['dambadarjaa-memorial'])
    expect(ids('ＫＡＤＡＬＡ')).toEqual(ids('kadala'))
    expect(ids('kadala').length).toBeGreaterThanOrEqual(4)
    expect(ids('Заозерный')).toEqual(ids('Заозёрный'))
    expect(ids('Заозерный')).toContain('zaozerny-cemetery')
  })

  it('needs every word, and finds nothing for an empty or unknown query', () => {
    expect(ids('bukachacha pine')).toEqual(['bukachacha-mine-2'])
    expect(ids('   ')).toEqual([])
    expect(ids('Taishet')).toEqual([])
  })

  it('normalises width, case, long-vowel marks and middle dots', () => {
    expect(normalizeName('ウラン・ウデ')).toBe('ウラン ウデ')
    expect(normalizeName('Ｃｈｉｔａ')).toBe('chita')
  })
})
