import type { Lang } from './lang'
import type { MessageKey, Messages } from './en'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/**
 * A translator over one language's messages. Parameters are substituted as plain text;
 * the result is always rendered as text, never as HTML.
 */
export function translatorFor(messages: Messages, lang: Lang): Translate {
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'number' ? formatNumber(value, lang) : value
    })
}

/**
 * The translator of one language, its catalogue loaded on demand: the page loads only the
 * reader's language (each catalogue is its own chunk). `createTranslator` in catalogues.ts
 * gives both at once, for the image export and tests.
 */
export async function loadTranslator(lang: Lang): Promise<Translate> {
  const messages = lang === 'ja' ? (await import('./ja')).ja : (await import('./en')).en
  return translatorFor(messages, lang)
}

/** The language to use: the URL's, else the browser's first preference, else English. */
export function chooseLang(fromUrl: Lang | null, browserLanguages: readonly string[]): Lang {
  if (fromUrl !== null) return fromUrl
  const first = browserLanguages[0]?.toLowerCase() ?? ''
  return first.startsWith('ja') ? 'ja' : 'en'
}

/** One formatter per language, for the numbers that are not whole: building one costs far more than formatting. */
const numberFormats = new Map<Lang, Intl.NumberFormat>()

/**
 * A number in the reader's locale (e.g. 14,410 in English and Japanese). A whole number is
 * grouped by hand, as Intl.NumberFormat groups it for en-GB and ja-JP: the first formatter
 * took about 25 ms before the first paint, where the header's figures are written.
 */
export function formatNumber(value: number, lang: Lang): string {
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',')
    return value < 0 ? `-${digits}` : digits
  }
  let format = numberFormats.get(lang)
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB')
    numberFormats.set(lang, format)
  }
  return format.format(value)
}
