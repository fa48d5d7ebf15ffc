/**
 * Text widths for label placement, measured once per font and string with a canvas (no
 * layout, no DOM insertion) so that place-labels.ts stays pure. The fonts here and in
 * map-labels.css must be the same.
 */

const FAMILY = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK JP', 'Hiragino Sans', sans-serif"
const LABEL_FONTS = {
  camp: `700 12px ${FAMILY}`,
  town: `400 11px ${FAMILY}`,
  townMajor: `400 11.5px ${FAMILY}`,
  region: `600 19px ${FAMILY}`,
} as const
export type LabelFont = keyof typeof LABEL_FONTS

/** Line heights in pixels, as in map-labels.css. */
export const LABEL_LINE_HEIGHT: Readonly<Record<LabelFont, number>> = { camp: 14, town: 13, townMajor: 14, region: 22 }

/** The halo (text-shadow) spreads a little beyond the glyphs. */
const HALO_PX = 3

let context: CanvasRenderingContext2D | null | undefined
const cache = new Map<string, number>()

/** The width in CSS pixels of `text` in `font`, halo included; a rough estimate without canvas. */
export function measureLabel(font: LabelFont, text: string): number {
  const key = `${font}\u0000${text}`
  const known = cache.get(key)
  if (known !== undefined) return known
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  let width: number
  if (context) {
    context.font = LABEL_FONTS[font]
    width = context.measureText(text).width
  } else {
    width = Array.from(text).length * (font === 'region' ? 11 : 7.5)
  }
  const result = Math.ceil(width + 2 * HALO_PX)
  cache.set(key, result)
  return result
}
