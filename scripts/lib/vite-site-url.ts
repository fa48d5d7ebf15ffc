import type { Plugin } from 'vite'

/**
 * Link previews want absolute URLs (og:image, twitter:image, og:url), but the app is built
 * with relative URLs so it can be served from any folder. index.html and embed.html carry
 * `%SITE_URL%` placeholders; at build time this plugin writes the env `SITE_URL` there
 * (e.g. `SITE_URL=https://example.org/camp-map/ npm run build`, trailing slash added if
 * missing), or, without it, drops the placeholder so the URLs stay relative to the page.
 */
export function normalizeSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return ''
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got ${value}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http(s), got ${value}`)
  const href = url.href.replace(/[?#].*$/, '')
  return href.endsWith('/') ? href : `${href}/`
}

export function siteUrlPlugin(siteUrl = process.env.SITE_URL): Plugin {
  const base = normalizeSiteUrl(siteUrl)
  const escaped = base.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  return {
    name: 'camp-map-site-url',
    transformIndexHtml(html) {
      return html.replace(/%SITE_URL%/g, escaped)
    },
  }
}
