import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { bundledGeodataCheck } from './scripts/vite/bundled-geodata-plugin.ts'
import { preloadFirstViewData } from './scripts/vite/preload-first-view.ts'

/**
 * Link previews want absolute URLs (og:image, twitter:image), but the app is built with
 * relative URLs so it can be served from any folder. index.html and embed.html carry a
 * `%SITE_URL%` placeholder: the env SITE_URL goes there at build time
 * (`SITE_URL=https://example.org/camp-map/ npm run build`, a trailing slash is added), or
 * nothing, leaving the URLs relative to the page (docs/embedding.md, "Link previews").
 */
function siteUrlPlugin(value = process.env.SITE_URL): Plugin {
  let base = ''
  if (value !== undefined && value.trim() !== '') {
    const url = new URL(value.trim())
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http(s), got ${value}`)
    base = url.href.replace(/[?#].*$/, '')
    if (!base.endsWith('/')) base += '/'
  }
  const attribute = base.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  return { name: 'camp-map-site-url', transformIndexHtml: (html) => html.replace(/%SITE_URL%/g, attribute) }
}

// The app is served from any path (GitHub Pages project sites, a museum's sub-folder),
// so every asset URL is relative.
export default defineConfig({
  base: './',
  // siteUrlPlugin: absolute link-preview URLs from the env SITE_URL (docs/embedding.md).
  // bundledGeodataCheck: the build validates the bundled geodata, so the browser need not.
  // preloadFirstViewData: the first view's data downloads while the scripts load.
  plugins: [react(), siteUrlPlugin(), bundledGeodataCheck(fileURLToPath(new URL('./', import.meta.url))), preloadFirstViewData()],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // Two pages: the full app and the embed for articles (docs/embedding.md).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
