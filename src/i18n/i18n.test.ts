import { describe, expect, it } from 'vitest'
import { chooseLang, formatNumber, loadTranslator } from './i18n'
import { createTranslator } from './catalogues'
import { en } from './en'
import { ja } from './ja'

describe('i18n', () => {
  it('has every English key in Japanese, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort())
    for (const value of Object.values(ja)) expect(value.trim()).not.toBe('')
  })
  it('substitutes parameters as text and formats numbers per locale', () => {
    expect(createTranslator('en')('shownCount', { shown: 1200, total: 92 })).toBe('1,200 of 92 camps shown')
    expect(createTranslator('ja')('shownCount', { shown: 3, total: 92 })).toBe('92 か所中 3 か所を表示')
    expect(createTranslator('en')('loadFailed', { message: '<b>x</b>' })).toBe('The camp data could not be loaded: <b>x</b>')
  })
  it("uses the legend's own tier wording", () => {
    expect(createTranslator('ja')('legendTier1')).toBe('2万人超')
    expect(createTranslator('en')('legendTier4')).toBe('small number')
  })
  it('loads one language on demand, with the same text as both at once', async () => {
    const [loadedEn, loadedJa] = await Promise.all([loadTranslator('en'), loadTranslator('ja')])
    for (const key of ['appTitle', 'legendTier1', 'loading'] as const) {
      expect(loadedEn(key)).toBe(createTranslator('en')(key))
      expect(loadedJa(key)).toBe(createTranslator('ja')(key))
    }
    expect(loadedJa('shownCount', { shown: 3, total: 92 })).toBe('92 か所中 3 か所を表示')
  })
  it("chooses the URL language, else the browser's, else English", () => {
    expect(chooseLang('en', ['ja-JP'])).toBe('en')
    expect(chooseLang(null, ['ja-JP', 'en'])).toBe('ja')
    expect(chooseLang(null, ['de-DE'])).toBe('en')
    expect(chooseLang(null, [])).toBe('en')
  })
})

describe('formatNumber', () => {
  it('writes numbers as Intl.NumberFormat does for en-GB and ja-JP, whole or not', () => {
    const values = [
      0,
      -0,
      7,
      42,
      999,
      1000,
      -1000,
      14410,
      254000,
      560000,
      1234567,
      -9876543,
      Number.MAX_SAFE_INTEGER,
      1e21,
      2.5,
      0.1234,
      -3.75,
      12345.678,
    ]
    for (const [lang, locale] of [
      ['en', 'en-GB'],
      ['ja', 'ja-JP'],
    ] as const) {
      const intl = new Intl.NumberFormat(locale)
      for (const value of values) expect(formatNumber(value, lang), `${String(value)} in ${lang}`).toBe(intl.format(value))
    }
  })
})
