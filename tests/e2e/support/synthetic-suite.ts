import type { Page } from 'playwright-core'
import { readRealData } from '../../../scripts/make-synthetic'
import { generateSyntheticCollection, serializeCollection, type SyntheticCollection } from '../../../scripts/bench/synthetic'
import { STRICT_CSP } from './server'
import { waitUntil } from './browser'
import { setUpBrowserSuite, type BrowserSuite } from './suite'

/**
 * A browser suite whose server also answers `path` with `count` synthetic camps built from
 * the real ones (the bench's generator), under the strict CSP; each test is checked for
 * console errors, CSP violations and requests to another host.
 */
export function setUpSyntheticSuite(path: string, count: number): { suite: BrowserSuite; collection: SyntheticCollection } {
  const { camps, sourceIds } = readRealData()
  const collection = generateSyntheticCollection({ count, camps, sourceIds })
  const suite = setUpBrowserSuite(
    {
      headers: { 'Content-Security-Policy': STRICT_CSP },
      routes: [
        {
          path: `/${path}`,
          body: serializeCollection(collection),
          contentType: 'application/geo+json; charset=utf-8',
          headers: { 'Content-Security-Policy': STRICT_CSP },
        },
      ],
    },
    { checkEachTest: true },
  )
  return { suite, collection }
}

/** Waits until the map container says it draws with `renderer` (and `count` camps, when given). */
export async function waitForRenderer(page: Page, renderer: 'dom' | 'canvas', count: number | null = null): Promise<void> {
  await waitUntil(
    page,
    (want) => {
      const el = document.querySelector('[data-visible-count]')
      const countOk = want.count === null || el?.getAttribute('data-visible-count') === String(want.count)
      return countOk && el?.getAttribute('data-marker-renderer') === want.renderer
    },
    { count, renderer },
    count === null ? `camps drawn as ${renderer}` : `${String(count)} camps drawn as ${renderer}`,
    60_000,
  )
}
