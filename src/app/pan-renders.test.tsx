// @vitest-environment happy-dom
import { act, Profiler, type ComponentProps } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadGeodata } from '../../tests/support/geodata'
import { buildCampIndex } from '../camp-index/camp-index'
import { AppContextProvider, LanguageProvider } from '../context/app-context'
import { createTranslator } from '../i18n/catalogues'
import { reportView, setFilters } from '../state/url-actions'
import { selectView } from '../state/selectors'
import { flushUrlWrites, useUrlSelector } from '../state/url-store'
import { FullLayout } from './FullLayout'

/**
 * "A pan re-renders no React component outside the map": every component outside the map
 * is wrapped in React's Profiler, a pan is written to the URL as the map writes it, and the
 * Profilers must not fire; a stand-in for the map subscribes to the view as the real
 * MapViewSync does and must (so the pan did reach the page). Leaflet itself needs a real
 * browser and is covered by the end-to-end tests.
 */

// React's act() warns unless the environment says it is a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const commits = new Map<string, number>()
const count = (id: string) => commits.set(id, (commits.get(id) ?? 0) + 1)

function profiled<P extends object>(id: string, Component: (props: P) => React.ReactNode) {
  return function Profiled(props: P) {
    return (
      <Profiler id={id} onRender={() => count(id)}>
        <Component {...props} />
      </Profiler>
    )
  }
}

vi.mock('../sidebar/Sidebar', async (importOriginal) => {
  const real = await importOriginal<typeof import('../sidebar/Sidebar')>()
  return { Sidebar: profiled<ComponentProps<typeof real.Sidebar>>('sidebar', real.Sidebar) }
})
vi.mock('./Header', async (importOriginal) => {
  const real = await importOriginal<typeof import('./Header')>()
  return { ...real, Header: profiled('header', real.Header) }
})
vi.mock('../legend/Legend', async (importOriginal) => {
  const real = await importOriginal<typeof import('../legend/Legend')>()
  return { ...real, Legend: profiled<ComponentProps<typeof real.Legend>>('legend', real.Legend) }
})
vi.mock('./RejectedNotice', async (importOriginal) => {
  const real = await importOriginal<typeof import('./RejectedNotice')>()
  return { RejectedNotice: profiled<ComponentProps<typeof real.RejectedNotice>>('notice', real.RejectedNotice) }
})
// The burial sites are fetched over HTTP, which this page has no server for; they are not what is counted here.
vi.mock('../context/use-burial-data', () => ({
  useBurialData: () => ({ status: 'idle', data: null }),
  loadBurialData: () => new Promise(() => undefined),
}))
vi.mock('../map/CampMap', () => ({
  MAP_ID: 'camp-map',
  CampMap: function MapStandIn() {
    const view = useUrlSelector(selectView)
    count('map')
    return <div id="camp-map" data-zoom={view?.zoom ?? ''} />
  },
}))

const data = loadGeodata()
const index = buildCampIndex(data.dataset)
const t = createTranslator('en')

describe('a pan', () => {
  let root: Root
  // The parts loaded on demand, loaded before the page so that they render inside act()
  // (a chunk arriving mid-count would re-render the sidebar, as it would once in a browser).
  beforeAll(async () => {
    await Promise.all([
      import('../region-facts/RegionFacts'),
      import('../region-facts/RegionTable'),
      import('../sidebar/DataTools'),
      import('../sidebar/BamList'),
      import('../detail/camp-detail-part').then((m) => m.campDetailPart.load()),
      import('../sidebar/search-ranking-part').then((m) => m.searchRanking.load()),
    ])
  })
  beforeEach(async () => {
    window.history.replaceState(null, '', '/')
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }))
    const container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    await act(async () => {
      root.render(
        <LanguageProvider value={{ lang: 'en', t }}>
          <AppContextProvider value={{ data, index, metadata: data.metadata }}>
            <FullLayout rejected={[]} animate={false} />
          </AppContextProvider>
        </LanguageProvider>,
      )
    })
    // Let the first render settle (deferred renders, lazy parts, data read on demand): wait
    // until a turn of the event loop passes with no commit, then count from zero.
    for (let turn = 0; turn < 100; turn++) {
      commits.clear()
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20))
      })
      if (commits.size === 0) break
    }
    commits.clear()
  })
  afterEach(() => {
    act(() => root.unmount())
    document.body.replaceChildren()
    vi.unstubAllGlobals()
  })

  it('re-renders the map and nothing outside it', async () => {
    await act(async () => reportView({ zoom: 5, lat: 52.3, lon: 104.3 }))
    await act(async () => reportView({ zoom: 6, lat: 51.9, lon: 114.6 }))
    // The store writes the address after the next paint; the test does not wait for a frame.
    flushUrlWrites()
    expect(window.location.hash).toBe('#map=6/51.900/114.600')
    expect(commits.get('map')).toBe(2)
    expect(Object.fromEntries([...commits].filter(([id]) => id !== 'map'))).toEqual({})
  })

  it('while a filter does re-render the parts that show it (the count above can fail)', async () => {
    await act(async () => setFilters({ region: 'chita-oblast' }))
    // A region's burial facts load on demand: let them arrive before the page is torn down.
    await act(async () => {
      await import('../region-facts/BurialRegionFacts')
    })
    expect(commits.get('sidebar')).toBeGreaterThan(0)
    expect(commits.get('legend')).toBeGreaterThan(0)
  })
})
