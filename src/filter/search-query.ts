import type { Camp } from '../data/schema'
import { normalizeForSearch, numberQuery, queryWords } from './search'

/**
 * What a reader's query asks for, and the camps' search keys: read once, shared by the map's
 * filter (which camps are shown, `filterCamps`) and the results under the search box (in
 * which order, and why each matched: `search-rank.ts`).
 */

/**
 * Words readers use for "a camp" (ラーゲリ, 収容所, лагерь, camp, lager), folded as the
 * search folds them (ラーゲリ → ラゲリ). They say what is sought, not which one: they are
 * dropped from the query, never searched as names.
 */
const CAMP_WORDS = new Set(
  [
    'camp',
    'camps',
    'lager',
    'lagers',
    'gulag',
    'gupvi',
    'ラーゲリ',
    'ラーゲル',
    '収容所',
    '捕虜収容所',
    '抑留所',
    'キャンプ',
    'лагерь',
    'лагеря',
    'лагерей',
    'лагерях',
    'гупви',
  ].map(normalizeForSearch),
)
/** Japanese writes them without a space: タイシェット収容所, 第7ラーゲリ. */
const CAMP_SUFFIX = new RegExp(`(?<=.)(?:${['捕虜収容所', '収容所', 'ラーゲリ', 'ラーゲル'].map(normalizeForSearch).join('|')})$`)

export type ParsedQuery = {
  /** The words to match, the camp words taken out. */
  words: readonly string[]
  /** A Soviet camp number or map entry number the query asks for ("第7収容所", "camp 7"), else null. */
  number: string | null
  /** True when the query is only camp words (「ラーゲリ」): every camp answers it. */
  campWordsOnly: boolean
}

export function parseSearchQuery(query: string): ParsedQuery {
  const all = queryWords(query)
  const words = all.filter((w) => !CAMP_WORDS.has(w)).map((w) => w.replace(CAMP_SUFFIX, ''))
  return {
    words,
    number: numberQuery(words.join(' ')),
    campWordsOnly: all.length > 0 && words.length === 0,
  }
}

/**
 * The folded search keys of a camp, in a fixed layout that `matchCamp` reads back:
 * name, Japanese name, Russian name, today's name (English, Japanese), the aliases, the id,
 * then the region's names.
 */
export function campSearchKeys(camp: Camp, regionKeys: readonly string[]): string[] {
  return [
    ...[camp.name, camp.nameJa, camp.nameRu, camp.modernName, camp.modernNameJa, ...camp.aliases, camp.id].map(normalizeForSearch),
    ...regionKeys,
  ]
}
