import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { availableParallelism } from 'node:os'
import { bundledGeodataCheck } from './scripts/vite/bundled-geodata-plugin.ts'
import { preloadFirstViewData } from './scripts/vite/preload-first-view.ts'
import { bundledBamOrder } from './scripts/vite/bundled-bam-order-plugin.ts'
import { firstChunkName } from './scripts/vite/first-chunks.ts'
import { leafletUnused } from './scripts/vite/leaflet-unused.ts'

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

const ROOT = fileURLToPath(new URL('./', import.meta.url))
const MAIN_HTML = fileURLToPath(new URL('./index.html', import.meta.url))
const EMBED_HTML = fileURLToPath(new URL('./embed.html', import.meta.url))
const UNIT_TEST = /\.test\.tsx?$/

/**
 * Unit test files that need a DOM: those that start with `// @vitest-environment happy-dom`.
 * They run isolated (each file its own module graph: they render React and Leaflet and
 * stub globals); every other unit file is pure and shares one module graph per worker,
 * which spares re-importing React, Leaflet and zod for each file (3-4x faster).
 */
function domTestFiles(): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'out') walk(path)
      } else if (UNIT_TEST.test(entry.name) && readFileSync(path, 'utf8').startsWith('// @vitest-environment happy-dom')) {
        found.push(relative(ROOT, path))
      }
    }
  }
  for (const dir of ['src', 'scripts']) walk(join(ROOT, dir))
  return found.sort()
}
const E2E_WORKERS = Number(process.env.E2E_WORKERS ?? (availableParallelism() >= 2 ? 2 : 1)) || 1
const UNIT_FILES = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts']
const DOM_FILES = domTestFiles()

// The app is served from any path (GitHub Pages project sites, a museum's sub-folder),
// so every asset URL is relative.
export default defineConfig({
  base: './',
  // Leaflet's package points bundlers at its UMD build (no `module` field), which comes whole
  // with its wrapper; its ES module build lets the bundler leave out what the app never
  // names (about 1 KB gzip of the first load; scripts/vite/leaflet-unused.ts leaves out more).
  // The app imports it as `import * as L`.
  resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  // siteUrlPlugin: absolute link-preview URLs from the env SITE_URL (docs/embedding.md).
  // bundledGeodataCheck: the build validates the bundled geodata, so the browser need not.
  // preloadFirstViewData: the markers' data downloads while the scripts load (the basemap's at its own step).
  // bundledBamOrder: the BAM order of the bundled camps, computed by the build (no Turf at start-up).
  // leafletUnused: Leaflet's classes and aliases the app never names are left out of the build.
  plugins: [
    react(),
    siteUrlPlugin(),
    bundledGeodataCheck(fileURLToPath(new URL('./', import.meta.url))),
    preloadFirstViewData(),
    bundledBamOrder(ROOT),
    leafletUnused(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // The page preloads its first chunks (<link rel=modulepreload>). A part loaded on demand
    // fetches its own imports when it runs (most are those first chunks, already loaded):
    // listing every lazy chunk's dependencies in the first chunk (Vite's default) costs the
    // first load about 1 KB gzip. Its CSS is still fetched beside it. No modulepreload
    // polyfill (0.2 KB): Chromium, Firefox 115 and Safari 17 know the link; an older browser
    // only fetches the first chunk when the entry imports it, a moment later, the same code.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))),
    },
    // Two pages: the full app and the embed for articles (docs/embedding.md). The modules
    // each page loads at once make one chunk per set of pages (scripts/vite/first-chunks.ts).
    rolldownOptions: {
      input: { main: MAIN_HTML, embed: EMBED_HTML },
      output: { codeSplitting: { groups: [{ name: firstChunkName(MAIN_HTML, EMBED_HTML) }] } },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Pure unit tests: node, one shared module graph per worker (no isolation).
        test: {
          name: 'unit',
          environment: 'node',
          include: UNIT_FILES,
          exclude: DOM_FILES,
          isolate: false,
        },
      },
      {
        extends: true,
        // Unit tests in happy-dom (the file's first line says so): each file isolated.
        test: {
          name: 'unit-dom',
          environment: 'happy-dom',
          include: DOM_FILES,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          // Waits are on conditions; these limits only end a hung test, on a loaded machine too.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 30_000 } },
          // Each file starts its own server and Chromium, so two files run side by side where
          // there are two cores: one file's Chromium waits on its page while the other's works
          // (on this 2-core machine, idle: 417 s against 467 s for one worker, 157 tests).
          // E2E_WORKERS overrides.
          fileParallelism: E2E_WORKERS > 1,
          maxWorkers: E2E_WORKERS,
          // The files share one module graph per worker: playwright-core and the harness are
          // imported once, not once per file (seconds each on a loaded machine). Each file
          // still starts its own server and Chromium in its hooks and keeps its state in its
          // own module.
          isolate: false,
        },
      },
    ],
  },
})
