import type { TierKey } from '../data/tier-key'

/**
 * The group marker: a rounded square (no tier's shape) holding the legend glyphs of its
 * members' tiers and "×n", the number of camps, so that it shows what it holds and is
 * never read as a camp's symbol or its catalogue number ("#12"). Sized by its largest
 * tier; every size is at least the 24-px hit target.
 */
export const GROUP_FILL = '#ebe6dc'
export const GROUP_STROKE = '#5a5248'
/** The side of a mini glyph inside a group marker. */
export const GROUP_GLYPH_PX = 8

const GROUP_SIZE: Readonly<Record<TierKey, number>> = { '1': 28, '2': 28, '3': 28, '4': 26, unknown: 24 }

/** The side of a group marker whose largest tier (first in legend order) is `tiers[0]`. */
export function groupSizePx(tiers: readonly TierKey[]): number {
  return GROUP_SIZE[tiers[0] ?? 'unknown']
}

/** What a group marker's count says: "×12" (never a bare number). */
export function groupCountText(count: number): string {
  return count >= 10_000 ? `×${String(Math.floor(count / 1000))}k` : `×${String(count)}`
}
