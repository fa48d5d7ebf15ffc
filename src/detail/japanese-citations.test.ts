import { describe, expect, it } from 'vitest'
import type { Camp, Region, Source } from '../data/schema'
import { formatSourceIn, sourceNameIn } from '../data/source-text'
import { formatCampCitation } from '../export/citation'
import { campsToCsv } from '../export/to-csv'
import { createTranslator } from '../i18n/catalogues'
import { isoDateIn } from '../i18n/iso-date'
import { creditLine } from '../render-image/credit'
import { regionText } from './camp-facts'

const en = createTranslator('en')
const ja = createTranslator('ja')

const book: Source = {
  id: 'mhlw-hikiage-to-engo-1977',
  author: 'Koseisho engokyoku (Ministry of Health and Welfare)',
  title: 'Hikiage to engo sanjunen no ayumi, p. 56',
  date: '1977',
  language: 'ja',
  url: null,
  usedFor: 'legend',
  citationJa: '厚生省援護局編『引揚げと援護三十年の歩み』厚生省、1977年、56頁',
}
const page: Source = { ...book, id: 'page', url: 'https://example.org/p', citationJa: '〔あるページ〕' }
const russian: Source = { id: 'ru', author: 'Bystrov', title: 'Entry 99', date: null, language: 'cs', url: null, usedFor: 'x' }

describe('sources in the reader’s language', () => {
  it('cites a source with citationJa in Japanese, the address after it, and the rest as before', () => {
    expect(formatSourceIn(book, 'ja')).toBe(book.citationJa)
    expect(formatSourceIn(page, 'ja')).toBe('〔あるページ〕、https://example.org/p')
    expect(formatSourceIn(book, 'en')).toBe(
      'Koseisho engokyoku (Ministry of Health and Welfare), Hikiage to engo sanjunen no ayumi, p. 56, 1977',
    )
    expect(formatSourceIn(russian, 'ja')).toBe('Bystrov, Entry 99')
  })
  it('names a source in passing by its Japanese citation in Japanese, by its author otherwise', () => {
    expect(sourceNameIn(book, 'ja')).toBe(book.citationJa)
    expect(sourceNameIn(book, 'en')).toBe(book.author)
    expect(sourceNameIn(russian, 'ja')).toBe('Bystrov')
  })
  it('lists the camp’s sources in "cite this camp", in each language, with the date as each writes it', () => {
    const input = {
      name: 'カラガンダ',
      title: '地図',
      version: '1.2.0',
      date: '2026-12-01',
      url: 'https://example.org/?camp=k',
      accessed: new Date(Date.UTC(2026, 11, 1)),
    }
    const jaText = formatCampCitation({ ...input, lang: 'ja', sources: [formatSourceIn(book, 'ja'), formatSourceIn(russian, 'ja')] }, ja)
    expect(jaText).toContain('データ版 1.2.0（2026年12月1日）')
    expect(jaText.endsWith(`出典：${book.citationJa}；Bystrov, Entry 99。`)).toBe(true)
    const enText = formatCampCitation({ ...input, lang: 'en', sources: [formatSourceIn(book, 'en')] }, en)
    expect(enText).toContain('Dataset version 1.2.0 (2026-12-01)')
    expect(enText).toMatch(/ Sources: Koseisho engokyoku .*, 1977\.$/)
  })
  it('writes data dates in Japanese only for Japanese', () => {
    expect(isoDateIn('2026-11-27', 'ja')).toBe('2026年11月27日')
    expect(isoDateIn('2026-11-27', 'en')).toBe('2026-11-27')
    expect(isoDateIn('undated', 'ja')).toBe('undated')
  })
  it('credits the data with the Japanese title and date in a Japanese image or embed', () => {
    const metadata = { title: en('datasetTitle'), version: '1.2.0', date: '2026-12-01', license: 'CC-BY-4.0', description: '' }
    expect(creditLine(metadata, ja, 'ja')).toBe(`データ：${ja('datasetTitle')}（データ版 1.2.0、2026年12月1日）。${ja('creditBasemap')}`)
    expect(creditLine(metadata, en, 'en')).toContain(en('datasetTitle'))
    // A file of someone else's (?data=) keeps its own title: it is not ours to translate.
    expect(creditLine({ ...metadata, title: 'My own camps' }, ja, 'ja')).toContain('データ：My own camps（')
  })
})

describe('the 1946 region line', () => {
  const kazakh: Region = {
    slug: 'karaganda-oblast',
    nameEn: 'Karaganda Oblast',
    nameJa: 'カラガンダ州',
    nameRu: 'Карагандинская область',
    area: 'central-asia',
    kind: 'oblast',
    partOf: 'Kazakh SSR',
    partOfJa: 'カザフ・ソビエト社会主義共和国',
    note: null,
  }
  it('names a union republic in Japanese, in full-width brackets, and in English in English', () => {
    expect(regionText(kazakh, kazakh.slug, [kazakh], 'ja', ja)).toBe('カラガンダ州（当時はカザフ・ソビエト社会主義共和国の一部）')
    expect(regionText(kazakh, kazakh.slug, [kazakh], 'en', en)).toBe('Karaganda Oblast (then part of Kazakh SSR)')
  })
})

describe('the CSV download', () => {
  it('has a sourcesJa column citing Japanese sources in Japanese', () => {
    const camp = {
      sources: ['mhlw-hikiage-to-engo-1977', 'ru'],
      lngLat: [73.1, 49.8],
      campNumbers: [],
      labor: [],
      laborJa: [],
      aliases: [],
    } as unknown as Camp
    const [header, row] = campsToCsv(
      [camp],
      new Map([
        [book.id, book],
        [russian.id, russian],
      ]),
    ).split('\r\n')
    const columns = header!.split(',')
    expect(columns.at(-1)).toBe('sourcesJa')
    expect(row).toContain(`${book.citationJa} | Bystrov, Entry 99`)
  })
})
