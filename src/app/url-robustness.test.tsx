// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { loadGeodata } from '../../tests/support/geodata'
import { buildCampIndex } from '../camp-index/camp-index'
import { flushUrlWrites } from '../state/url-store'
import { parseUrlState } from '../url/url-state'
import { deriveView } from '../view/derive-view'
import { App } from './App'
import { FullLayout } from './FullLayout'

/**
 * Any URL, however hostile, gives a working page: the address is parsed
 * (`parseUrlState`), the view derived (`deriveView`), and the whole app rendered from it
 * (`App` in happy-dom, the real store, layouts, sidebar and detail). For 250 generated
 * URLs the page must not throw or fall into the error boundary, and must show exactly
 * what `deriveView` says: the listed camps, the open detail or none, a known language.
 * Every 25th URL starts the app afresh; the others reach the running app as a navigation.
 * The loader is the one stand-in: the bundled data for the default, a failure for any
 * `data=` path (a missing file shows the retry message). The map is a stand-in too:
 * Leaflet is covered in the browser (tests/e2e/trust.e2e.ts loads a handful of hostile
 * URLs in the production build).
 */

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const geodata = loadGeodata()
const index = buildCampIndex(geodata.dataset)

vi.mock('./load-data', () => ({
  loadData: (_signal: AbortSignal, path: string | null) =>
    path === null ? Promise.resolve({ ...geodata, bamOrder: index.bamOrder }) : Promise.reject(new Error(`${path}: HTTP 404`)),
}))
// The burial sites are fetched over HTTP, which happy-dom has no server for (the browser tests load them).
vi.mock('../context/use-burial-data', () => ({
  useBurialData: () => ({ status: 'idle', data: null }),
  loadBurialData: () => new Promise(() => undefined),
}))
vi.mock('../map/CampMap', () => ({
  MAP_ID: 'camp-map',
  CampMap: function MapStandIn() {
    return <div id="camp-map" />
  },
}))

// Values the data knows (a camp, a region, an area, tiers, a language) and data files that
// do not exist, so that the generated URLs also open details, filter and fail to load,
// beside hostile and random values.
const knownValue = fc.constantFrom(
  ...geodata.dataset.camps.slice(0, 12).map((c) => c.id),
  ...[...new Set(geodata.dataset.camps.map((c) => c.region))].slice(0, 6),
  'far-east',
  'mongolia',
  'central-asia',
  '1,2',
  '3,unknown',
  'fixtures/missing.geojson',
  'missing.json',
  'en',
  'ja',
)
const hostileValue = fc.oneof(
  { arbitrary: knownValue, weight: 3 },
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%00',
    '%E0%A4%A',
    '../../etc/passwd',
    'https://evil.example/x.geojson',
    '//evil.example/a.json',
    '1,2,,9',
    'ja',
    'taishet',
    'irkutsk-oblast',
    'far-east',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
  fc.webSegment(),
)
const key = fc.constantFrom('camp', 'region', 'area', 'tier', 'q', 'lang', 'data', 'map', 'zoom', 'panel', '__proto__', 'constructor')
const urlArbitrary = fc
  .record({
    pairs: fc.array(fc.tuple(key, hostileValue), { maxLength: 6 }),
    hash: fc.oneof(
      fc.constant(''),
      fc.constantFrom('#map=6/52.3/104.3', '#map=99/1/1', '#map=abc', '#map=6/-91/0', '#%%%'),
      fc.string({ maxLength: 30 }).map((s) => `#map=${s}`),
    ),
  })
  .map(({ pairs, hash }) => {
    const search = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
    return `/?${search}${hash.replace(/\s/g, '')}`
  })

const ids = (selector: string) => [...document.querySelectorAll(`${selector} [data-camp-id]`)].map((el) => el.getAttribute('data-camp-id'))

/**
 * The parts loaded on demand have arrived: the interface text of the URL's language (the
 * page keeps the previous language until then) and every part that is busy until it has come.
 */
async function lazyPartsLoaded(lang: string | null): Promise<void> {
  // Each try lets React render what has arrived (an act scope holds renders until it ends).
  await vi.waitFor(async () => {
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    if (document.querySelector('[aria-busy="true"]')) throw new Error('a part is still loading')
    if (lang !== null && document.documentElement.lang !== lang) throw new Error(`the ${lang} text is still loading`)
  }, 30_000)
}

function unmount({ root, container }: { root: Root; container: HTMLElement }): void {
  act(() => root.unmount())
  container.remove()
}

// The parts the page loads on demand, loaded once before the first page so that React
// renders them inside act() (as the browser renders them once their chunk has come).
beforeAll(async () => {
  await Promise.all([
    import('../i18n/en'),
    import('../i18n/ja'),
    import('../detail/camp-detail-part').then((m) => m.campDetailPart.load()),
    import('../sidebar/search-ranking-part').then((m) => m.searchRanking.load()),
    import('../region-facts/RegionFacts'),
    import('../region-facts/RegionTable'),
    import('../sidebar/DataTools'),
    import('../sidebar/BamList'),
  ])
})

afterEach(() => {
  flushUrlWrites()
  document.body.replaceChildren()
  vi.unstubAllGlobals()
})

describe('any URL', () => {
  it('gives a working page that shows what deriveView says (250 generated URLs)', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }))
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const urls = fc.sample(urlArbitrary, { numRuns: 250, seed: 20261123 })
    const problems: string[] = []
    const seen = { details: 0, filtered: 0, failedLoads: 0 }
    let mounted: { root: Root; container: HTMLElement } | null = null
    for (const [i, url] of urls.entries()) {
      // Every 25th URL is a cold start (a fresh App reads the address); the others arrive
      // as a navigation (popstate) in the running app, as Back and Forward do.
      if (i % 25 === 0) {
        if (mounted) unmount(mounted)
        window.history.replaceState(null, '', url)
        const container = document.body.appendChild(document.createElement('div'))
        const root = createRoot(container)
        mounted = { root, container }
        await act(async () => root.render(<App Layout={FullLayout} />))
      } else {
        await act(async () => {
          window.history.pushState(null, '', url)
          window.dispatchEvent(new PopStateEvent('popstate'))
        })
      }
      const state = parseUrlState(window.location.search, window.location.hash)
      await lazyPartsLoaded(state.lang)
      const found: Record<string, unknown> = {
        lang: document.documentElement.lang,
        crashed: document.querySelector('.error-panel') !== null,
      }
      const want: Record<string, unknown> = { lang: state.lang ?? found.lang, crashed: false }
      if (state.data !== null) {
        found.alert = document.querySelector('[role="alert"]')?.textContent?.includes('HTTP 404') ?? false
        want.alert = true
        seen.failedLoads += 1
      } else {
        const view = deriveView(index, state)
        found.list = ids('[data-testid="camp-list"]').sort().join()
        want.list = view.visible
          .map((c) => c.id)
          .sort()
          .join()
        found.detail = document.querySelector('[data-testid="camp-detail"]')?.getAttribute('data-camp-id') ?? null
        want.detail = view.selected?.id ?? null
        if (view.selected) seen.details += 1
        if (view.filtered) seen.filtered += 1
      }
      if (!/^(en|ja)$/.test(String(found.lang)) || JSON.stringify(found) !== JSON.stringify(want))
        problems.push(`${url}: found ${JSON.stringify(found)}, want ${JSON.stringify(want)}`)
    }
    if (mounted) unmount(mounted)
    expect(problems).toEqual([])
    // The URLs reached each branch: an open detail, a filter, a data= file that fails.
    expect(Math.min(seen.details, seen.filtered, seen.failedLoads), JSON.stringify(seen)).toBeGreaterThanOrEqual(3)
    expect(errors).not.toHaveBeenCalled()
  }, 300_000)
})
