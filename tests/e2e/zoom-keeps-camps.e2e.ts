import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { DESKTOP, PHONE, waitUntil, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { mapAtRest } from './support/settle'
import { loadExpected } from './support/data'

/**
 * Issue 18 (D15): the zoom buttons keep camps in view. From the default view, four clicks on
 * "+" leave at least one camp marker (single or group) inside the visible map and not under
 * anything (document.elementFromPoint at its centre finds it), at 1440×900 and 390×844.
 */

const data = loadExpected()
const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })
const sessions: AppSession[] = []
afterAll(async () => {
  for (const s of sessions.splice(0)) await s.close()
})

/** The camp markers whose centre is inside the map and not covered by anything. */
function visibleMarkers(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = document.getElementById('camp-map')?.getBoundingClientRect()
    if (!map) return 0
    return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-camp-id], .leaflet-marker-pane [data-camp-ids]')].filter(
      (el) => {
        const r = el.getBoundingClientRect()
        const x = r.left + r.width / 2
        const y = r.top + r.height / 2
        if (x < map.left || x > map.right || y < map.top || y > map.bottom) return false
        return document.elementFromPoint(x, y)?.closest('[data-camp-id], [data-camp-ids]') === el
      },
    ).length
  })
}

function zoomOf(page: Page): Promise<number> {
  return page.evaluate(() => Number(/map=([\d.]+)/.exec(location.hash)?.[1] ?? 'NaN'))
}

/** Four zoom-ins from the default view, each by `zoomIn`, each leaving a camp in view. */
async function fourZoomsKeepCamps(page: Page, zoomIn: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await waitUntil(page, () => location.hash.includes('map='), null, 'the default view written to the address')
  await mapAtRest(page)
  expect(await visibleMarkers(page)).toBeGreaterThan(0)
  for (let click = 1; click <= 4; click++) {
    const before = await zoomOf(page)
    await zoomIn()
    await waitUntil(page, (z) => Number(/map=([\d.]+)/.exec(location.hash)?.[1] ?? 'NaN') > z, before, `zoom after step ${String(click)}`)
    await mapAtRest(page)
    expect(await zoomOf(page), `zoom after step ${String(click)}`).toBeCloseTo(before + 1, 5)
    expect(await visibleMarkers(page), `camp markers in view after step ${String(click)}`).toBeGreaterThan(0)
  }
}

describe.each([
  { name: '1440×900', viewport: DESKTOP },
  { name: '390×844', viewport: PHONE },
])('zoom buttons at $name', ({ viewport }) => {
  it('four clicks on "+" from the default view always leave a camp in view', async () => {
    const session = await suite.open('', { viewport, waitForMarkers: data.camps.length })
    sessions.push(session)
    const { page } = session
    await fourZoomsKeepCamps(page, () => page.locator('.leaflet-control-zoom-in').click())
  })
})

describe('the "+" key at 1440×900', () => {
  it('follows the button: from a view centred on West Siberia, four presses with the map focused always leave a camp in view', async () => {
    // Centred where no camp is near (62° N, 80° E): Leaflet's own key zooms on that centre
    // and shows no camp after a few presses.
    const session = await suite.open('#map=3/62/80', { viewport: DESKTOP, waitForMarkers: data.camps.length })
    sessions.push(session)
    const { page } = session
    await page.locator('#camp-map').focus()
    await fourZoomsKeepCamps(page, () => page.keyboard.press('+'))
  })
})
