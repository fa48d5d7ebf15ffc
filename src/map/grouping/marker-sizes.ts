/**
 * Marker hit sizes, in CSS pixels. Every marker takes clicks and taps on a box of at least
 * MIN_HIT_PX (WCAG 2.5.8 target size) even where its drawn symbol is smaller; group markers
 * are 24-28 px (symbols/group-symbol.ts); the placement model keeps markers MIN_SEPARATION_PX
 * (the largest box) apart so that no hit box overlaps another.
 */
export const MIN_HIT_PX = 24
export const MIN_SEPARATION_PX = 28

/** The hit box of a single marker whose symbol is `symbolPx` wide. */
export function hitBoxPx(symbolPx: number): number {
  return Math.max(MIN_HIT_PX, Math.ceil(symbolPx))
}
