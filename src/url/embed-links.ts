import { formatUrlState, type ViewState } from './url-state'
import { formatEmbedParams, joinSearch, type EmbedOptions } from './embed-options'

/**
 * The URLs that tie the full app and the embed together. Pure: the page's own address is
 * passed in, so the links work from any folder the app is served from.
 */

const FULL_PAGE = 'index.html'
const EMBED_PAGE = 'embed.html'

/**
 * Where `?embed=1` on the full page sends the reader: embed.html beside it, with every
 * other parameter and the hash kept. null when the page is not asked to embed.
 *
 * @example embedRedirectUrl('https://x.org/map/?embed=1&camp=taishet#map=6/56/98')
 * // 'https://x.org/map/embed.html?camp=taishet#map=6/56/98'
 */
export function embedRedirectUrl(pageHref: string): string | null {
  let url: URL
  try {
    url = new URL(pageHref)
  } catch {
    return null
  }
  const flag = url.searchParams.get('embed')
  if (flag !== '1' && flag !== 'true') return null
  url.searchParams.delete('embed')
  const target = new URL(EMBED_PAGE, url)
  target.search = url.searchParams.toString()
  target.hash = url.hash
  return target.href
}

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
