import type { Camp } from '../data/schema'
import { containsNumber } from './search'
import { parseSearchQuery, type ParsedQuery } from './search-query'

/**
 * How each camp answers a query: whether, why and in which order, for the results under the
 * search box. The map's filter (`filterCamps`) keeps the same rule for whether (without the
 * why and the order); the query itself is read in `search-query.ts`. Loaded on demand: the
 * first view has no query (a `q=` link loads it beside the data).
 */

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
