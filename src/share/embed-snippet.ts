import { embedHref } from '../url/embed-links'
import { EMBED_BAR_PX, clampHeightPx, type EmbedOptions } from '../url/embed-options'
import type { ViewState } from '../url/url-state'

/** Pure: the copy-ready embed code of the Share / Embed dialog. */

export type SnippetInput = {
  state: ViewState
  options: EmbedOptions
  /** The address of the page the dialog is on (the app's folder is taken from it). */
  pageHref: string
  title: string
  ariaLabel: string
  /** The frame's height: its whole layout at the article's column width (see frameHeightPx). Default: the map and bar. */
  heightPx?: number
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }

/** Escapes a value for a double-quoted HTML attribute (and is safe single-quoted too). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c)
}

/** The map, plus the bar under it: the least an embed is ever tall. */
export function snippetHeightPx(options: EmbedOptions): number {
  return clampHeightPx(options.heightPx) + EMBED_BAR_PX
}

/** The article column widths the dialog accepts (CSS pixels), and its default: a usual body-text column. */
const COLUMN_MIN_PX = 280
const COLUMN_MAX_PX = 1600
export const DEFAULT_COLUMN_PX = 700

/** A column width typed in the dialog, clamped; the default for anything that is not a number. */
export function clampColumnPx(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_COLUMN_PX
  return Math.min(COLUMN_MAX_PX, Math.max(COLUMN_MIN_PX, Math.round(value)))
}

/** embed.css, in CSS pixels (1rem = 16 px): the title, caption and credit blocks. */
const TEXT_PAD_X = 19.2
const TITLE = { pad: 14.4, size: 17.6, lineHeight: 1.3 }
const FOOTER_PAD = 12.8 + 1
const CAPTION = { size: 14.4, lineHeight: 1.4, gap: 4 }
const CREDIT = { size: 11.52, lineHeight: 1.35 }

/** How many lines a text takes at a width: a generous estimate (wide Latin letters, full-width CJK, a word-wrap margin). */
function linesOf(text: string, fontPx: number, widthPx: number): number {
  let ems = 0
  for (const ch of text) ems += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/.test(ch) ? 1 : 0.62
  const room = Math.max(1, widthPx - TEXT_PAD_X)
  return Math.max(1, Math.ceil((ems * fontPx * 1.08) / room))
}

/**
 * The frame's whole height at a column width, estimated: title, map, bar, caption and
 * credit (embed.css), each text's lines counted generously, so that an iframe of this
 * height shows the credit even without the host script. The Share dialog uses the
 * preview's own measured height once it has it; this is the figure until then.
 *
 * @example frameHeightPx(options, 350, 'Data: …') // 540 + the credit's lines
 */
export function frameHeightPx(options: EmbedOptions, widthPx: number, credit: string): number {
  const width = clampColumnPx(widthPx)
  let height = snippetHeightPx(options) + FOOTER_PAD
  if (options.title !== null) height += TITLE.pad + linesOf(options.title, TITLE.size, width) * TITLE.size * TITLE.lineHeight
  if (options.caption !== null) height += CAPTION.gap + linesOf(options.caption, CAPTION.size, width) * CAPTION.size * CAPTION.lineHeight
  height += linesOf(credit, CREDIT.size, width) * CREDIT.size * CREDIT.lineHeight
  return Math.ceil(height)
}

/** The host script's address, beside the app. */
function hostScriptUrl(pageHref: string): string {
  return new URL('embed.js', pageHref).href
}

/**
 * The `<iframe>` for the current state and options, then the host script line. Every
 * attribute value is escaped; the result is shown as text, never parsed as HTML by us.
 *
 * @example buildEmbedSnippet({ state, options, pageHref: 'https://x.org/map/', title: 'Camps', ariaLabel: 'Map of camps' })
 */
export function buildEmbedSnippet({ state, options, pageHref, title, ariaLabel, heightPx }: SnippetInput): string {
  const attributes: [string, string][] = [
    ['src', embedHref(state, options, pageHref)],
    ['title', title],
    ['aria-label', ariaLabel],
    ['width', '100%'],
    ['height', String(Math.max(snippetHeightPx(options), Math.ceil(heightPx ?? 0)))],
    ['loading', 'lazy'],
    ['frameborder', '0'],
    ['referrerpolicy', 'no-referrer'],
  ]
  const iframe = `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')} data-camp-map></iframe>`
  const script = `<script src="${escapeAttribute(hostScriptUrl(pageHref))}" defer></script>`
  return `${iframe}\n${script}`
}
