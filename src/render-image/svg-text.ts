/**
 * Text helpers of the image renderer: XML escaping, fixed number formatting and a
 * deterministic estimate of text width (no font metrics: the same input always gives the
 * same layout, in Node and in every browser). Pure.
 */

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Characters XML 1.0 does not allow (C0 controls but tab/newline/return, U+FFFE/U+FFFF)
 * and lone surrogates: dropped, so hostile text cannot make the SVG unreadable.
 */
const NOT_XML = /[^\P{Cc}\t\n\r\u007F-\u009F]|[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu

/** Escapes text for an XML text node or a quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)
}

/** A coordinate or length with at most one decimal, never `-0` or an exponent. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return '0'
  const rounded = Math.round(n * 10) / 10
  if (Object.is(rounded, -0) || rounded === 0) return '0'
  return rounded.toFixed(1).replace(/\.0$/, '')
}

/** Wide (CJK, full-width) characters take about 1 em; Latin letters about 0.55 em. */
function charWidthEm(code: number): number {
  if (code === 0x20) return 0.28
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code >= 0x20000
  )
    return 1
  if (code >= 0x41 && code <= 0x5a) return 0.66
  if (code >= 0x30 && code <= 0x39) return 0.56
  if (code === 0x69 || code === 0x6c || code === 0x2e || code === 0x2c || code === 0x3a || code === 0x27) return 0.3
  if (code === 0x6d || code === 0x77) return 0.85
  return 0.55
}

/** Estimated width of `text` at `fontSize` (pixels). Deterministic. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += charWidthEm(ch.codePointAt(0) ?? 0)
  return em * fontSize
}

/** Whether a string holds Japanese (or other CJK) characters that need a CJK font. */
export function hasCjk(text: string): boolean {
  return /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(text)
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`: at spaces, or
 * anywhere in text without spaces (Japanese). The last line ends with … when cut.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean === '' || maxLines < 1) return []
  const tokens = clean.match(/[^\s\u3000-\u9fff\uff00-\uffef]+\s*|[\u3000-\u9fff\uff00-\uffef]\s*|\s+/g) ?? [clean]
  const lines: string[] = []
  let line = ''
  let cut = false
  for (const token of tokens) {
    const next = line + token
    if (line !== '' && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd())
      if (lines.length === maxLines) {
        cut = true
        break
      }
      line = token.trimStart()
    } else {
      line = next
    }
  }
  if (!cut && line.trim() !== '') lines.push(line.trimEnd())
  if (cut) {
    let last = lines[maxLines - 1] ?? ''
    while (last.length > 1 && textWidth(`${last}…`, fontSize) > maxWidth) last = Array.from(last).slice(0, -1).join('').trimEnd()
    lines[maxLines - 1] = `${last}…`
  }
  // A single word longer than the line: shorten it rather than overflow.
  return lines.map((l) => {
    if (textWidth(l, fontSize) <= maxWidth) return l
    let s = l
    while (s.length > 1 && textWidth(`${s}…`, fontSize) > maxWidth) s = Array.from(s).slice(0, -1).join('')
    return `${s}…`
  })
}
