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
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }

/** Escapes a value for a double-quoted HTML attribute (and is safe single-quoted too). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c)
}

/** The iframe's initial height: the map, plus the bar under it. The host script then follows the content. */
export function snippetHeightPx(options: EmbedOptions): number {
  return clampHeightPx(options.heightPx) + EMBED_BAR_PX
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
export function buildEmbedSnippet({ state, options, pageHref, title, ariaLabel }: SnippetInput): string {
  const attributes: [string, string][] = [
    ['src', embedHref(state, options, pageHref)],
    ['title', title],
    ['aria-label', ariaLabel],
    ['width', '100%'],
    ['height', String(snippetHeightPx(options))],
    ['loading', 'lazy'],
    ['frameborder', '0'],
    ['referrerpolicy', 'no-referrer'],
  ]
  const iframe = `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')} data-camp-map></iframe>`
  const script = `<script src="${escapeAttribute(hostScriptUrl(pageHref))}" defer></script>`
  return `${iframe}\n${script}`
}
