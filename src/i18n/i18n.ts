import type { Lang } from './lang'
import { en, type MessageKey, type Messages } from './en'
import { ja } from './ja'

const catalogs: Record<Lang, Messages> = { en, ja }

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/**
 * A translator for one language. Parameters are substituted as plain text; the result is
 * always rendered as text, never as HTML.
 */
export function createTranslator(lang: Lang): Translate {
  const messages = catalogs[lang]
  const numberFormat = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB')
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'number' ? numberFormat.format(value) : value
    })
}

/** The language to use: the URL's, else the browser's first preference, else English. */
export function chooseLang(fromUrl: Lang | null, browserLanguages: readonly string[]): Lang {
  if (fromUrl !== null) return fromUrl
  const first = browserLanguages[0]?.toLowerCase() ?? ''
  return first.startsWith('ja') ? 'ja' : 'en'
}

/** A number in the reader's locale (e.g. 14,410 in English and Japanese). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB').format(value)
}
