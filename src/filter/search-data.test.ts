import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCampIndex } from '../camp-index/camp-index'
import { parseBamLine } from '../data/bam-line'
import { parseRegions, parseSources, validateCampCollection } from '../data/validate'
import { filterCamps } from './filter-camps'
import { NO_FILTERS } from '../data/filters'

/** Search on the real geodata: the spellings issue 11 asks for, through the camps' aliases. */
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8'))
const regions = parseRegions(read('regions.json'))
const sources = parseSources(read('sources.json'))
const bamLine = parseBamLine(read('bam-line.geojson'))
if (!regions.ok || !sources.ok || !bamLine.ok) throw new Error('geodata reference files do not parse')
const { camps } = validateCampCollection(read('camps.geojson'), {
  regionSlugs: new Set(regions.value.regions.map((r) => r.slug)),
  sourceIds: new Set(sources.value.map((s) => s.id)),
})
const index = buildCampIndex({
  camps,
  regions: regions.value.regions,
  areas: regions.value.areas,
  sources: sources.value,
  bamLine: bamLine.value,
})
const find = (query: string) => filterCamps(index.camps, { ...NO_FILTERS, q: query }, index).map((c) => c.id)

describe('search on geodata', () => {
  it.each([
    ['タイシェト', 'taishet'],
    ['たいしぇと', 'taishet'],
    ['Tayshet', 'taishet'],
    ['Ulan Bator', 'ulaanbaatar'],
    ['Almaty', 'alma-ata'],
    ['ソフガワニ', 'sovetskaya-gavan'],
    ['Stalino', 'stalino-donetsk'],
  ])('%s finds %s', (query, id) => {
    expect(find(query)).toContain(id)
  })

  it.each(['No. 7', '7', '第7', 'лагерь 7', 'No.7', '#7', '第７収容所'])(
    '%s finds the camp numbered 7 and no camp numbered 17',
    (query) => {
      const found = find(query)
      expect(found).toContain('taishet')
      for (const id of found) {
        const c = index.byId.get(id)!
        expect(
          c.number === 7 || c.campNumbers.includes('7') || /(^|\D)7(\D|$)/.test(`${c.name} ${c.nameJa} ${c.nameRu} ${c.aliases.join(' ')}`),
          id,
        ).toBe(true)
      }
    },
  )
})
