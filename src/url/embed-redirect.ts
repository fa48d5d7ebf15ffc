/**
 * Where `?embed=1` on the full page sends the reader: embed.html beside it, with every
 * other parameter and the hash kept. null when the page is not asked to embed. Pure, and
 * its own module so that the full page's first load does not carry the embed's options
 * (`url/embed-options.ts`, `url/embed-links.ts`).
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
  const target = new URL('embed.html', url)
  target.search = url.searchParams.toString()
  target.hash = url.hash
  return target.href
}
