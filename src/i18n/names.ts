import type { Camp } from '../data/schema'
import type { Lang } from './lang'

/** A camp's name in the reader's language, falling back to English. */
export function campName(camp: Camp, lang: Lang): string {
  return lang === 'ja' && camp.nameJa.trim() !== '' ? camp.nameJa : camp.name
}
