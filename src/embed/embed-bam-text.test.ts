import { describe, expect, it } from 'vitest'
import { loadGeodata } from '../../tests/support/geodata'
import { buildCampIndex } from '../camp-index/camp-index'
import { createTranslator } from '../i18n/catalogues'
import type { Lang } from '../i18n/lang'
import { parseUrlState } from '../url/url-state'
import { deriveView } from '../view/derive-view'
import { embedBamParagraphs } from './embed-bam-text'

const { dataset } = loadGeodata()
const index = buildCampIndex(dataset)
const bamCamps = dataset.camps.filter((c) => c.bam)
const paragraphs = (search: string, lang: Lang = 'en') => {
  const view = deriveView(index, parseUrlState(search, ''))
  return embedBamParagraphs(index.bamOrder, index.byId, view.visibleIds, createTranslator(lang), lang)
}
const numbersOf = (camps: typeof bamCamps) => [...new Set(camps.flatMap((c) => c.campNumbers))].sort((a, b) => Number(a) - Number(b))

describe('embedBamParagraphs: every sentence true of the set it names', () => {
  it('the data has eight BAM camps, six with a camp number (the facts the sentences rest on)', () => {
    expect(bamCamps).toHaveLength(8)
    expect(numbersOf(bamCamps)).toEqual(['1', '2', '4', '6', '7', '8'])
  })

  it('with every BAM camp shown, counts the numbers of all eight (as the full app does)', () => {
    const [intro, numbers, note] = paragraphs('')
    expect(intro).toContain('eight camps')
    expect(numbers).toMatch(/^6 of them have a Soviet camp number in the sources: No\. 1, No\. 2, No\. 4, No\. 6, No\. 7, No\. 8\./)
    expect(note).toBe('Listed west to east, by the nearest point of the planned route.')
  })

  it('Khabarovsk Krai: says how many of the eight are shown, and gives numbers only for those', () => {
    const shown = bamCamps.filter((c) => c.region === 'khabarovsk-krai')
    expect(shown.map((c) => c.id).sort()).toEqual(['komsomolsk-na-amure-1', 'komsomolsk-na-amure-2', 'sovetskaya-gavan'])
    const [, numbers] = paragraphs('?region=khabarovsk-krai')
    expect(numbers).toBe(
      'This map shows 3 of these 8 camps. Soviet camp numbers in the sources for the camps on this map: No. 1, No. 2. ' +
        'No camp number is established for Komsomolsk-on-Amur (second BAM camp). The full map lists all 8.',
    )
    // never the all-eight sentence about a subset, never a camp that is not on the map
    expect(numbers).not.toMatch(/of them have/)
    expect(numbers).not.toMatch(/Raychikha/)
  })

  it('Irkutsk Oblast: two camps, both numbered, no sentence about unnumbered camps', () => {
    const [, numbers] = paragraphs('?region=irkutsk-oblast')
    expect(numbers).toBe(
      'This map shows 2 of these 8 camps. Soviet camp numbers in the sources for the camps on this map: No. 7, No. 8. The full map lists all 8.',
    )
  })

  it('a search for one unnumbered camp: no numbers sentence at all', () => {
    const [, numbers] = paragraphs('?q=Raychikha')
    expect(numbers).toBe(
      'This map shows 1 of these 8 camps. No camp number is established for Raychikha station. The full map lists all 8.',
    )
  })

  it('a tier filter: the counts follow the camps the filter leaves (tier 1: Sovetskaya Gavan and Taishet)', () => {
    const view = deriveView(index, parseUrlState('?tier=1', ''))
    expect(
      bamCamps
        .filter((c) => view.visibleIds.has(c.id))
        .map((c) => c.id)
        .sort(),
    ).toEqual(['sovetskaya-gavan', 'taishet'])
    const [, numbers] = paragraphs('?tier=1')
    expect(numbers).toBe(
      'This map shows 2 of these 8 camps. Soviet camp numbers in the sources for the camps on this map: No. 2, No. 7. The full map lists all 8.',
    )
  })

  it('in Japanese, the same facts for the same set', () => {
    const [, numbers] = paragraphs('?region=khabarovsk-krai&lang=ja', 'ja')
    expect(numbers).toContain('この地図にはそのうち3つを示しています。')
    expect(numbers).toContain('第1号収容所、第2号収容所')
    expect(numbers).not.toContain('第4号収容所')
    expect(numbers).toContain('8つすべては全体地図に載っています。')
    const [, all] = paragraphs('?lang=ja', 'ja')
    expect(all).toMatch(/^うち6つには/)
  })
})
