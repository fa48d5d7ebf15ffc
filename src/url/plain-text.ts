/**
 * Plain text from a URL parameter (an embed's title or caption): controls and line breaks
 * become spaces, runs of spaces one, at most `max` characters (code points). Always shown
 * with textContent, never as HTML. null when nothing is left. Pure.
 */
export function plainText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null
  const text = Array.from(
    value
      .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, max)
    .join('')
    .trim()
  return text === '' ? null : text
}

export const MAX_TITLE_LENGTH = 120
export const MAX_CAPTION_LENGTH = 300
