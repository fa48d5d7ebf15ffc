import { formatUrlState, type ViewState } from './url-state'
import { formatEmbedParams, joinSearch, type EmbedOptions } from './embed-options'

/**
 * The URLs that tie the full app and the embed together. Pure: the page's own address is
 * passed in, so the links work from any folder the app is served from.
 */

const FULL_PAGE = 'index.html'
const EMBED_PAGE = 'embed.html'

/** The full app (in the same folder as `pageHref`) showing `state`. */
export function fullMapHref(state: ViewState, pageHref: string): string {
  const { search, hash } = formatUrlState(state)
  return new URL(`${FULL_PAGE}${search}${hash}`, pageHref).href
}

/** The embed page (in the same folder as `pageHref`) showing `state` with `options`. */
export function embedHref(state: ViewState, options: EmbedOptions, pageHref: string): string {
  const { search, hash } = formatUrlState(state)
  return new URL(`${EMBED_PAGE}${joinSearch(search, formatEmbedParams(options))}${hash}`, pageHref).href
}
