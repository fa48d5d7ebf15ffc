import type { Tier } from './schema'

/** A tier as the UI and the URL name it: the four legend tiers, or 'unknown' for `tier: null`. */
export type TierKey = '1' | '2' | '3' | '4' | 'unknown'

export const tierKeys: readonly TierKey[] = ['1', '2', '3', '4', 'unknown']

export function tierKeyOf(tier: Tier | null): TierKey {
  return tier === null ? 'unknown' : (String(tier) as TierKey)
}

export function isTierKey(value: string): value is TierKey {
  return (tierKeys as readonly string[]).includes(value)
}
