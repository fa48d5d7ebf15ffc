import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * The data files the default view fetches as soon as it starts (src/app/load-data.ts,
 * src/load/): hashed files of geodata/ by their name before the hash, and files of public/
 * by their exact name.
 */
const HASHED_DATA = ['camps', 'regions', 'sources', 'bam-line', 'towns', 'railways-1940s']
const PUBLIC_DATA = ['basemap.topo.json', 'basemap-water-low.topo.json']

/** Does this built file name (e.g. `assets/camps-CY8td6sZ.geojson`) hold one of the hashed data files? */
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
        return [...hashed.map((file) => `./${file}`), ...PUBLIC_DATA.map((file) => `./${file}`)].map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href },
          injectTo: 'head',
        }))
      },
    },
  }
}
