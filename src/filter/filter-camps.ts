import type { Filters } from '../data/filters'
import type { AreaSlug, Camp } from '../data/schema'
import { containsNumber, matchesWords } from './search'
import { parseSearchQuery } from './search-query'
import { tierKeyOf, type TierKey } from '../data/tier-key'

export type FilterIndex = {
  areaOfRegion: ReadonlyMap<string, AreaSlug>
  searchKeysOf: ReadonlyMap<string, readonly string[]>
}

/** The camps that pass every part of the filter, in input order. */
export function filterCamps(camps: readonly Camp[], filters: Filters, index: FilterIndex): Camp[] {
  const tiers = filters.tiers === null ? null : new Set(filters.tiers)
  // Camp words (ラーゲリ, 収容所, camp) are taken out: alone, they ask for every camp.
  const { words, number } = parseSearchQuery(filters.q)
  return camps.filter((camp) => {
    if (filters.region !== null) {
      if (camp.region !== filters.region) return false
    } else if (filters.area !== null && index.areaOfRegion.get(camp.region) !== filters.area) {
      return false
    }
    if (tiers !== null && !tiers.has(tierKeyOf(camp.tier))) return false
    if (filters.bam && !camp.bam) return false
    if (words.length === 0) return true
    const keys = index.searchKeysOf.get(camp.id) ?? []
    // A number finds the camp with that catalogue or Soviet camp number, or a name that has it
    // (the same rule as matchCamp in search-rank.ts, which also says why and ranks them).
    if (number !== null)
      return String(camp.number) === number || camp.campNumbers.includes(number) || keys.some((key) => containsNumber(key, number))
    return matchesWords(keys, words)
  })
}

/** How many of the camps fall in each tier, every tier present (0 when none). */
export function countByTier(camps: readonly Camp[]): Record<TierKey, number> {
  const counts: Record<TierKey, number> = { '1': 0, '2': 0, '3': 0, '4': 0, unknown: 0 }
  for (const camp of camps) counts[tierKeyOf(camp.tier)] += 1
  return counts
}
