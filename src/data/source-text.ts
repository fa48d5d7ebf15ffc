import type { Source } from './schema'

/** One citation in words: author, title, date, URL. */
export function formatSource(source: Source): string {
  return [source.author, source.title, source.date, source.url].filter((part) => part !== null && part !== '').join(', ')
}
