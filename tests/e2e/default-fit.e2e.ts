import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { waitUntil, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { mapAtRest } from './support/settle'
import { loadExpected } from './support/data'

/**
 * Issue 18 (D19): the default view is fitted to the camps on every screen. The camps'
 * markers span a large share of the visible map along the side that limits the fit, and
 * none lies under the legend, the header's buttons or the map controls.
 *
 * Measured on the build (marker centres; height share / width share of the map):
 * before (tall legend cleared from the left, no refit after the header grew):
 *   1440×900 0.44 / 0.65, 1024×768 0.50 / 0.91, 390×844 0.23 / 0.88, embed 700×480 0.55 / 0.86;
 * after: 1440×900 0.51 / 0.78, the others unchanged. On a phone held upright the camps'
 * bounds (35°E–156°E, 40°N–69°N, about 2.2 : 1 in Web Mercator) fill the width, so they
 * can span at most about 0.22 of the map's 794-px height plus the markers' displacement:
 * the height threshold there is 0.2, elsewhere 0.45; along the limiting side at least 0.75.
 */

const data = loadExpected()
const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })
const sessions: AppSession[] = []
afterAll(async () => {
  for (const s of sessions.splice(0)) await s.close()
})

type Fit = { heightShare: number; widthShare: number; under: string[] }

/** Polls until no camp is under an overlay or outside the map with the map at rest. */
async function expectNoneHidden(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        await mapAtRest(page)
        return (await measure(page)).under
      },
      { message: 'camp markers under an overlay or outside the map' },
    )
    .toEqual([])
}

function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const map = document.getElementById('camp-map')?.getBoundingClientRect()
    if (!map) return { heightShare: 0, widthShare: 0, under: ['no map'] }
    const markers = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-camp-id], .leaflet-marker-pane [data-camp-ids]')]
    const boxes = markers.map((el) => ({ el, r: el.getBoundingClientRect() }))
    const xs = boxes.map(({ r }) => r.left + r.width / 2)
    const ys = boxes.map(({ r }) => r.top + r.height / 2)
    const overlays = [
      ...document.querySelectorAll('[data-testid="legend"], .map-overlay, .leaflet-control, [data-testid="drawer-toggle"]'),
    ].flatMap((o) => {
      const q = o.getBoundingClientRect()
      return q.width > 0 && q.height > 0 ? [{ what: o.getAttribute('class') ?? '', q }] : []
    })
    const under = boxes.flatMap(({ el, r }) => {
      const id = el.dataset.campId ?? el.dataset.campIds ?? ''
      const centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 }
      const outside =
        centre.x < map.left || centre.x > map.right || centre.y < map.top || centre.y > map.bottom ? [`${id} outside the map`] : []
      return [
        ...outside,
        ...overlays
          .filter(({ q }) => r.left < q.right && r.right > q.left && r.top < q.bottom && r.bottom > q.top)
          .map(({ what }) => `${id} under ${what}`),
      ]
    })
    return {
      heightShare: (Math.max(...ys) - Math.min(...ys)) / map.height,
      widthShare: (Math.max(...xs) - Math.min(...xs)) / map.width,
      under,
    }
  })
}

describe.each([
  { name: '1440×900', path: '', viewport: { width: 1440, height: 900 }, minHeightShare: 0.45 },
  // Width limits the fit here (0.91); one zoomSnap step less (the header's height when the fit ran) gives 0.445.
  { name: '1024×768', path: '', viewport: { width: 1024, height: 768 }, minHeightShare: 0.4 },
  { name: '390×844', path: '', viewport: { width: 390, height: 844 }, minHeightShare: 0.2 },
  { name: 'an embed of 700×480', path: 'embed.html', viewport: { width: 700, height: 480 }, minHeightShare: 0.45 },
])('the default view at $name', ({ path, viewport, minHeightShare }) => {
  it('is fitted to the camps, none under an overlay', async () => {
    const session = await suite.open(path, { viewport, waitForMarkers: data.camps.length })
    sessions.push(session)
    const { page } = session
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await waitUntil(page, () => location.hash.includes('map='), null, 'the default view written to the address')
    // Late arrivals (the header's headline figures, the attribution) resize the map after a
    // first rest; the page refits then. Poll until no camp is under an overlay at rest.
    await expectNoneHidden(page)
    const fit = await measure(page)
    expect(fit.heightShare, 'share of the map height the camps span').toBeGreaterThanOrEqual(minHeightShare)
    expect(Math.max(fit.heightShare, fit.widthShare), 'share along the side that limits the fit').toBeGreaterThanOrEqual(0.75)
  })
})

describe('the map resized by the page, not the window (1440×900)', () => {
  // Leaflet watches only the window. The header gaining its second line after the load's fit
  // (the headline figures arriving) shrinks the map from above: on the size Leaflet knew
  // before, the refit put the southern camps below the map's edge and under the legend
  // (issue 18; under load the load's fit itself ran on a stale size, 3 of 6 loads at 6×
  // CPU throttling before the fix, 0 of 6 after).
  it('refits on the new size, no camp under an overlay or outside the map', async () => {
    const session = await suite.open('', { viewport: { width: 1440, height: 900 }, waitForMarkers: data.camps.length })
    sessions.push(session)
    const { page } = session
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await waitUntil(page, () => location.hash.includes('map='), null, 'the default view written to the address')
    await mapAtRest(page)
    const before = await page.evaluate(() => document.getElementById('camp-map')?.getBoundingClientRect().height ?? 0)
    await page.evaluate(() => {
      const grown = document.createElement('div')
      grown.style.height = '420px'
      document.querySelector('.app-header')?.append(grown)
    })
    const after = await page.evaluate(() => document.getElementById('camp-map')?.getBoundingClientRect().height ?? 0)
    expect(after, 'the map is shorter by what the header grew').toBeLessThan(before - 200)
    await expectNoneHidden(page)
  })
})
