import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { dumpPage, type AppSession } from './support/browser'
import { mapAtRest, writtenUrl } from './support/settle'
import { setUpSyntheticSuite, waitForRenderer } from './support/synthetic-suite'

/**
 * Issue 5, the scale path: a synthetic dataset above the canvas threshold, loaded through
 * `data=`, is drawn on one canvas (the map container's data-visible-count equals the data),
 * a click on a drawn camp opens its detail, and the "all camps" list is capped with a note.
 * (That the real camps stay keyboard-focusable DOM markers is in app.e2e.ts, "default view".)
 */

const COUNT = 2000
const DATA_PATH = 'scale-test/synthetic-2000.geojson'
const { suite, collection } = setUpSyntheticSuite(DATA_PATH, COUNT)
const features = collection.features

/** Waits until the map container says it draws `count` camps with `renderer`. */
function waitForDrawn(page: Page, count: number, renderer: 'dom' | 'canvas'): Promise<void> {
  return waitForRenderer(page, renderer, count)
}

/** The page position of the one symbol on the canvas: the left, opaque part of what is drawn. */
async function drawnSymbolCentre(page: Page, radiusPx: number): Promise<{ x: number; y: number }> {
  return page.evaluate((r) => {
    const canvas = document.querySelector('canvas.camp-canvas')
    if (!(canvas instanceof HTMLCanvasElement)) throw new Error('no camp canvas')
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2D context')
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    let minX = Infinity
    let minY = Infinity
    let maxY = -Infinity
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        if ((data[(y * width + x) * 4 + 3] ?? 0) < 200) continue
        minX = Math.min(minX, x)
        minY = Math.min(minY, y)
        maxY = Math.max(maxY, y)
      }
    }
    if (minX === Infinity) throw new Error('nothing drawn on the canvas')
    const box = canvas.getBoundingClientRect()
    const scale = box.width / canvas.width
    return { x: box.left + minX * scale + r, y: box.top + ((minY + maxY) / 2) * scale }
  }, radiusPx)
}

describe('scale: thousands of camps through data=', () => {
  // One page for the synthetic set; the click test loads its own URL in it.
  let session: AppSession | undefined
  beforeAll(async () => {
    session = await suite.open(`?data=${DATA_PATH}`)
  })
  const page = (): Page => {
    if (!session) throw new Error('beforeAll did not open the page')
    return session.page
  }

  it('draws every camp of the synthetic set on one canvas, with no DOM marker per camp', async () => {
    await waitForDrawn(page(), COUNT, 'canvas')
    expect(await page().evaluate(() => window.__e2e.markers().length), await dumpPage(page())).toBe(0)
    expect(await page().locator('canvas.camp-canvas').count()).toBe(1)
  })

  it('caps the "all camps" list and says how many are not listed and how to narrow it', async () => {
    await waitForDrawn(page(), COUNT, 'canvas')
    const listed = await page().evaluate(() => window.__e2e.list('camp-list').length)
    expect(listed).toBeGreaterThan(0)
    expect(listed).toBeLessThan(COUNT)
    const note = await page().locator('[data-testid="camp-list-capped"]').textContent()
    expect(note).toContain((COUNT - listed).toLocaleString('en-GB'))
    expect(note).toMatch(/narrow/i)
  })

  it('opens the detail of a camp clicked on the canvas', async () => {
    const camp = features.find((f) => f.properties.locationPrecision === 'settlement' && f.properties.tier === 2)
    if (!camp || !session) throw new Error('the synthetic set has no precisely located tier-2 camp')
    await suite.goto(session, `?data=${DATA_PATH}&q=${camp.properties.id}`)
    await waitForDrawn(page(), 1, 'canvas')
    // The map fits the one camp, then redraws the canvas where it now is.
    await mapAtRest(page())
    const { x, y } = await drawnSymbolCentre(page(), 9)
    await page().mouse.click(x, y)
    const detail = page().locator('[data-testid="camp-detail"]')
    await detail.waitFor()
    expect(await detail.textContent()).toContain(camp.properties.name)
    expect((await writtenUrl(page())).searchParams.get('camp')).toBe(camp.properties.id)
  })
})
