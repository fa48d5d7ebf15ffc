import type { Lang } from './lang'

/** The names a thing may have: a camp (`name`), a region, area or town (`nameEn`), and `nameJa`. */
type Names = { name?: string | null; nameEn?: string | null; nameJa?: string | null }

/**
 * A name in the reader's language, the one rule for every name shown (camps, regions,
 * areas, towns, on the map, in the lists, the detail and the image): Japanese when the
 * reader reads Japanese and there is a Japanese name, else English, else Japanese.
 * Russian is never the interface's name.
 */
export function localName(names: Names, lang: Lang): string {
  const ja = names.nameJa?.trim() ?? ''
  const en = (names.nameEn ?? names.name)?.trim() ?? ''
  return lang === 'ja' && ja !== '' ? ja : en !== '' ? en : ja
}
