import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * The data the first view needs for its markers (src/app/load-data.ts): hashed files of
 * geodata/ by their name before the hash. The basemap's files (countries, water, towns,
 * railways) are not preloaded: they are fetched at the basemap's own step, after the markers
 * are drawn, so that on a slow connection they do not share it with the scripts and the camps
 * (what Lighthouse showed of it: docs/performance.md, stop 23).
 */
const HASHED_DATA = ['camps', 'regions', 'sources', 'bam-line']

/** Does this built file name (e.g. `assets/camps-CY8td6sZ.geojson`) hold one of the markers' data files? */
export function isFirstViewData(fileName: string): boolean {
  const match = /^assets\/(.+)-[\w-]{8}\.(?:geo)?json$/.exec(fileName)
  return match !== null && HASHED_DATA.includes(match[1] ?? '')
}

/**
 * Vite plugin: `<link rel="preload" as="fetch" crossorigin>` in each page for the data of the
 * first view, so the browser downloads it while the scripts load and run instead of after
 * the app has started (the app's fetch() then takes the preloaded response). `crossorigin`
 * makes the preload's credentials mode match fetch()'s default, or it would not be reused.
 */
export function preloadFirstViewData(): Plugin {
  return {
    name: 'camp-map-preload-first-view-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context): HtmlTagDescriptor[] {
        const hashed = Object.keys(context.bundle ?? {}).filter(isFirstViewData)
        return hashed.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${file}` },
          injectTo: 'head',
        }))
      },
    },
  }
}
