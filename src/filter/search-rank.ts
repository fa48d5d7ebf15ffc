import type { Camp } from '../data/schema'
import { containsNumber, normalizeForSearch, numberQuery, queryWords } from './search'

/**
 * What a reader's query asks for, and how each camp answers it: the one place where search
 * matching and ranking are decided, shared by the map's filter (which camps are shown) and
 * the results under the search box (in which order, and why each matched).
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

/** Why a camp answered a query; `rank` orders them (lower first). */
export type MatchReason =
  | { type: 'campNumber'; number: string }
  | { type: 'catalogue'; number: number }
  | { type: 'name'; field: 'name' | 'nameJa' | 'nameRu' }
  | { type: 'alias'; text: string }
  | { type: 'modernName'; text: string }
  | { type: 'region' }
  | { type: 'any' }

type CampMatch = { reason: MatchReason; rank: number }

const NAME_FIELDS = ['name', 'nameJa', 'nameRu'] as const

/** How well a key answers the words: 0 the whole key, 1 its start, 2 anywhere, null not at all. */
function keyScore(key: string, words: readonly string[]): number | null {
  const joined = words.join(' ')
  if (key === joined || key.replace(/ /g, '') === joined.replace(/ /g, '')) return 0
  if (words.every((w) => key.includes(w))) return key.startsWith(words[0] ?? '') ? 1 : 2
  if (key.replace(/ /g, '').includes(joined.replace(/ /g, ''))) return 2
  return null
}

function fieldReason(camp: Camp, at: number): MatchReason {
  if (at < 3) return { type: 'name', field: NAME_FIELDS[at] ?? 'name' }
  if (at === 3) return { type: 'modernName', text: camp.modernName }
  if (at === 4) return { type: 'modernName', text: camp.modernNameJa }
  const alias = camp.aliases[at - 5]
  if (alias !== undefined) return { type: 'alias', text: alias }
  if (at === 5 + camp.aliases.length) return { type: 'name', field: 'name' }
  return { type: 'region' }
}

/**
 * Whether a camp answers a parsed query, and why. A number finds first the camps with that
 * Soviet camp number, then names that have it, then the map's own entry number. Words
 * find names in three languages, today's names and aliases before the region's name.
 */
function matchCamp(camp: Camp, keys: readonly string[], query: ParsedQuery): CampMatch | null {
  if (query.words.length === 0) return { reason: { type: 'any' }, rank: 0 }
  const n = query.number
  if (n !== null) {
    if (camp.campNumbers.includes(n)) return { reason: { type: 'campNumber', number: n }, rank: 0 }
    const at = keys.findIndex((key) => containsNumber(key, n))
    if (at >= 0) return { reason: fieldReason(camp, at), rank: 1 }
    if (String(camp.number) === n) return { reason: { type: 'catalogue', number: camp.number }, rank: 2 }
    return null
  }
  let best: CampMatch | null = null
  for (const [at, key] of keys.entries()) {
    const score = keyScore(key, query.words)
    if (score === null) continue
    const reason = fieldReason(camp, at)
    // A region's name is a weaker answer than the camp's own names.
    const rank = reason.type === 'region' ? 10 + score : score * 2 + (reason.type === 'name' ? 0 : 1)
    if (best === null || rank < best.rank) best = { reason, rank }
  }
  if (best !== null) return best
  // Words spread over several names ("taishet tayshet") still find the camp.
  const joined = keys.join(' \u0000 ')
  return query.words.every((w) => joined.includes(w)) ? { reason: { type: 'name', field: 'name' }, rank: 20 } : null
}

/** One result under the search box. `kind` leaves room for other places (burial sites). */
export type CampSearchResult = { kind: 'camp'; camp: Camp; reason: MatchReason }

/**
 * The camps that answer a query, best first: by how they matched, then by map entry
 * number. The camps are the ones the other filters let through.
 */
export function rankCamps(camps: readonly Camp[], searchKeysOf: ReadonlyMap<string, readonly string[]>, query: string): CampSearchResult[] {
  const parsed = parseSearchQuery(query)
  const matched: { camp: Camp; match: CampMatch }[] = []
  for (const camp of camps) {
    const match = matchCamp(camp, searchKeysOf.get(camp.id) ?? [], parsed)
    if (match !== null) matched.push({ camp, match })
  }
  matched.sort((a, b) => a.match.rank - b.match.rank || a.camp.number - b.camp.number)
  return matched.map(({ camp, match }) => ({ kind: 'camp', camp, reason: match.reason }))
}
