import { defaultViewState, formatUrlState } from '../url/url-state'
import type { Lang } from '../i18n/lang'

/**
 * The link to one camp: this page's address with only `?camp=<id>` (and the language when
 * the reader chose one), so it opens the same camp for anyone, whatever else is filtered.
 */
export function campLink(pageHref: string, campId: string, lang: Lang | null): string {
  const url = new URL(pageHref)
  const { search } = formatUrlState({ ...defaultViewState, camp: campId, lang })
  return `${url.origin}${url.pathname}${search}`
}
