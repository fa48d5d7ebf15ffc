import type { Source } from './schema'

/** One citation in words: author, title, date, URL. */
export function formatSource(source: Source): string {
  return [source.author, source.title, source.date, source.url].filter((part) => part !== null && part !== '').join(', ')
}

/** The citation in the reader's language: the Japanese bibliography where the source has one. */
export function formatSourceIn(source: Source, lang: 'en' | 'ja'): string {
  if (lang === 'ja' && source.citationJa !== undefined)
    return source.url === null ? source.citationJa : `${source.citationJa}、${source.url}`
  return formatSource(source)
}

/** A source named in passing (after a fact): its author, or in Japanese its Japanese citation where it has one. */
export function sourceNameIn(source: Source, lang: 'en' | 'ja'): string {
  return lang === 'ja' && source.citationJa !== undefined ? source.citationJa : source.author
}
