/** Image sizes: the presets of the Share dialog and the CLI, and `WxH` parsing. Pure. */

export type ImageSize = { width: number; height: number }
export type ImagePresetName = 'social' | 'square' | 'print'

export const IMAGE_PRESETS: Readonly<Record<ImagePresetName, ImageSize>> = {
  social: { width: 1200, height: 800 },
  square: { width: 1080, height: 1080 },
  print: { width: 2400, height: 1600 },
}
/** Link previews (og:image): the 1.91:1 size social sites crop to. */
export const OG_IMAGE_SIZE: ImageSize = { width: 1200, height: 630 }

const MIN_IMAGE_PX = 200
const MAX_IMAGE_PX = 6000

/** `1200x800` (or `1200×800`) → a size within 200–6000 px, or null. */
export function parseImageSize(text: string): ImageSize | null {
  const match = /^\s*(\d{2,5})\s*[x×X]\s*(\d{2,5})\s*$/.exec(text)
  if (!match) return null
  const width = Number(match[1])
  const height = Number(match[2])
  if ([width, height].some((n) => n < MIN_IMAGE_PX || n > MAX_IMAGE_PX)) return null
  return { width, height }
}

/**
 * The layout scale of an output size: large (print) images are the same picture drawn
 * finer, with text and symbols scaled up, rather than a wider view with tiny text.
 * @example layoutScale({ width: 2400, height: 1600 }) // 2
 */
export function layoutScale(size: ImageSize): number {
  return Math.max(1, Math.floor(Math.max(size.width / 1200, size.height / 1200) * 2) / 2)
}
