import { describe, expect, it } from 'vitest'
import { createTranslator } from '../i18n/catalogues'
import { campNumbersText, confidenceExplained, heldText, localList, localText } from '../i18n/camp-text'
import { tierText } from '../i18n/tier-text'

const en = createTranslator('en')
const ja = createTranslator('ja')

describe('heldText', () => {
  it.each([
    ['1945', '1948', '1945–1948', '1945〜1948年'],
    ['1945', null, 'from 1945', '1945年から'],
    [null, '1948', 'until 1948', '1948年まで'],
    [null, null, 'not known', '不明'],
    ['1945-10', '1948-05', 'October 1945–May 1948', '1945年10月〜1948年5月'],
    ['1945', '1947-10', '1945–October 1947', '1945年〜1947年10月'],
    ['1946', '1946', '1946', '1946年'],
  ] as const)('%s–%s', (opened, closed, inEnglish, inJapanese) => {
    expect(heldText(opened, closed, 'en', en)).toBe(inEnglish)
    expect(heldText(opened, closed, 'ja', ja)).toBe(inJapanese)
  })
})

describe('campNumbersText', () => {
  it('writes the numbers the way each language does', () => {
    expect(campNumbersText(['16'], 'en', en)).toBe('No. 16')
    expect(campNumbersText(['16'], 'ja', ja)).toBe('第16号収容所')
    expect(campNumbersText(['26', '48'], 'ja', ja)).toBe('第26号収容所、第48号収容所')
    expect(campNumbersText([], 'en', en)).toBe('none established')
  })
})

describe('tierText', () => {
  it('says an unknown tier once', () => {
    expect(tierText('unknown', en)).toBe('Tier not established')
    expect(tierText('unknown', ja)).toBe('区分未確定')
  })
  it('gives the meaning of a known tier', () => {
    expect(tierText('2', en)).toBe('Tier 2: over 10,000 detained')
  })
})

describe('localText', () => {
  it('uses the Japanese text only when it is Japanese, else says English only', () => {
    expect(localText('Taishet camp', 'タイシェット収容所', 'ja')).toEqual({ text: 'タイシェット収容所', lang: 'ja', englishOnly: false })
    expect(localText('Taishet camp', 'Taishet camp', 'ja')).toEqual({ text: 'Taishet camp', lang: 'en', englishOnly: true })
    expect(localText('Taishet camp', null, 'ja').englishOnly).toBe(true)
    expect(localText('Taishet camp', 'タイシェット', 'en')).toEqual({ text: 'Taishet camp', lang: 'en', englishOnly: false })
    expect(localText('', '', 'ja').englishOnly).toBe(false)
    expect(localText('Count; 時期：1945', 'Count; 時期：1945', 'ja').englishOnly).toBe(true)
  })
  it('treats lists the same way', () => {
    expect(localList(['railway'], ['鉄道'], 'ja').items).toEqual(['鉄道'])
    expect(localList(['railway'], ['railway'], 'ja').englishOnly).toBe(true)
  })
})

describe('confidenceExplained', () => {
  it('says the confidence is about the place, and that an unknown headcount is unknown', () => {
    const text = confidenceExplained({ confidence: 'high', detained: null }, 'en', en)
    expect(text).toMatch(/^high\. /)
    expect(text).toContain('which place it is')
    expect(text).toContain('no headcount is sourced')
    expect(confidenceExplained({ confidence: 'low', detained: 40000 }, 'en', en)).not.toContain('no headcount')
    expect(confidenceExplained({ confidence: 'high', detained: null }, 'ja', ja)).toContain('収容人数がありません')
  })
})

describe('campLink and the camp citation', async () => {
  const { campLink } = await import('./camp-link')
  const { formatCampCitation } = await import('../export/citation')
  it('links to the camp alone', () => {
    expect(campLink('https://example.org/map/?region=chita-oblast&q=x#map=5/1/2', 'taishet', null)).toBe(
      'https://example.org/map/?camp=taishet',
    )
    expect(campLink('https://example.org/map/index.html', 'taishet', 'ja')).toBe('https://example.org/map/index.html?camp=taishet&lang=ja')
  })
  it('cites the camp with the data version and date', () => {
    const text = formatCampCitation(
      {
        name: 'Taishet',
        title: 'Camps map',
        version: '1.1.0',
        date: '2026-11-27',
        url: 'https://example.org/?camp=taishet',
        accessed: new Date(Date.UTC(2026, 10, 27)),
        lang: 'en',
      },
      en,
    )
    expect(text).toBe(
      'Taishet. In: Camps map. Dataset version 1.1.0 (2026-11-27). https://example.org/?camp=taishet (accessed 27 November 2026).',
    )
  })
})
