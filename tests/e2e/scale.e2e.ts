import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { serveDist, STRICT_CSP, type StaticServer } from './support/server'
import { dumpPage, launchBrowser, openApp, waitUntil, type AppSession } from './support/browser'
import { loadExpected } from './support/data'
import { mapAtRest } from './support/settle'
import { readRealData } from '../../scripts/make-synthetic'
import { generateSyntheticCollection, serializeCollection } from '../../scripts/bench/synthetic'
import type { CampFeature } from '../../src/data/schema'

/**
 * Issue 5, the scale path: a synthetic dataset above the canvas threshold, loaded through
 * `data=`, is drawn on one canvas (the map container's data-visible-count equals the data),
 * a click on a drawn camp opens its detail, and the "all camps" list is capped with a note.
 * The 92 real camps stay keyboard-focusable DOM markers with data-camp-id.
 */

const COUNT = 2000
const DATA_PATH = 'scale-test/synthetic-2000.geojson'
let server: StaticServer | undefined
let browser: Browser | undefined
let tempDir = ''
let features: CampFeature[] = []
const sessions: AppSession[] = []

beforeAll(async () => {
  const { camps, sourceIds } = readRealData()
  const collection = generateSyntheticCollection({ count: COUNT, camps, sourceIds })
  features = collection.features
  tempDir = mkdtempSync(join(tmpdir(), 'camp-map-scale-'))
  const file = join(tempDir, 'synthetic-2000.geojson')
  writeFileSync(file, serializeCollection(collection))
  server = await serveDist({
    headers: { 'Content-Security-Policy': STRICT_CSP },
    routes: [
      {
        path: `/${DATA_PATH}`,
        body: readFileSync(file, 'utf8'),
        contentType: 'application/geo+json; charset=utf-8',
        headers: { 'Content-Security-Policy': STRICT_CSP },
      },
    ],
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (tempDir !== '') rmSync(tempDir, { recursive: true, force: true })
})

afterEach(async () => {
  const problems: string[] = []
  for (const s of sessions.splice(0)) {
    await s.flush()
    const c = s.collected
    problems.push(...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...c.externalRequests)
    await s.close()
  }
  expect(problems, 'console errors, page errors, CSP violations or external requests').toEqual([])
})

async function open(path: string): Promise<Page> {
  if (!browser || !server) throw new Error('beforeAll did not start the browser and server')
  const session = await openApp(browser, server.url, path)
  sessions.push(session)
  return session.page
}

/** Waits until the map container says it draws `count` camps with `renderer`. */
async function waitForDrawn(page: Page, count: number, renderer: 'dom' | 'canvas'): Promise<void> {
  await waitUntil(
    page,
    (want) => {
      const el = document.querySelector('[data-visible-count]')
      return el?.getAttribute('data-visible-count') === String(want.count) && el.getAttribute('data-marker-renderer') === want.renderer
    },
    { count, renderer },
    `${count} camps drawn as ${renderer}`,
    60_000,
  )
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
  it('draws every camp of the synthetic set on one canvas, with no DOM marker per camp', async () => {
    const page = await open(`?data=${DATA_PATH}`)
    await waitForDrawn(page, COUNT, 'canvas')
    expect(await page.evaluate(() => window.__e2e.markers().length), await dumpPage(page)).toBe(0)
    expect(await page.locator('canvas.camp-canvas').count()).toBe(1)
  })

  it('caps the "all camps" list and says how many are not listed and how to narrow it', async () => {
    const page = await open(`?data=${DATA_PATH}`)
    await waitForDrawn(page, COUNT, 'canvas')
    const listed = await page.evaluate(() => window.__e2e.list('camp-list').length)
    expect(listed).toBeGreaterThan(0)
    expect(listed).toBeLessThan(COUNT)
    const note = await page.locator('[data-testid="camp-list-capped"]').textContent()
    expect(note).toContain((COUNT - listed).toLocaleString('en-GB'))
    expect(note).toMatch(/narrow/i)
  })

  it('opens the detail of a camp clicked on the canvas', async () => {
    const camp = features.find((f) => f.properties.locationPrecision === 'settlement' && f.properties.tier === 2)
    if (!camp) throw new Error('the synthetic set has no precisely located tier-2 camp')
    const page = await open(`?data=${DATA_PATH}&q=${camp.properties.id}`)
    await waitForDrawn(page, 1, 'canvas')
    // The map fits the one camp, then redraws the canvas where it now is.
    await mapAtRest(page)
    const { x, y } = await drawnSymbolCentre(page, 9)
    await page.mouse.click(x, y)
    const detail = page.locator('[data-testid="camp-detail"]')
    await detail.waitFor({ timeout: 15_000 })
    expect(await detail.textContent()).toContain(camp.properties.name)
    expect(new URL(page.url()).searchParams.get('camp')).toBe(camp.properties.id)
  })

  it('keeps the real camps as DOM markers with data-camp-id', async () => {
    const expected = loadExpected().camps.length
    const page = await open('')
    await waitForDrawn(page, expected, 'dom')
    // Each camp by its own marker or, where markers would overlap, inside a group marker.
    expect(await page.evaluate(() => window.__e2e.mapCamps().length)).toBe(expected)
    const markers = await page.evaluate(() => window.__e2e.markers())
    const groups = await page.evaluate(() => window.__e2e.groups())
    expect(markers.length).toBeGreaterThan(0)
    expect(markers.every((m) => m.id !== '' && m.tabIndex >= 0)).toBe(true)
    expect(groups.every((g) => g.ids.length >= 2 && g.tabIndex >= 0)).toBe(true)
    expect(await page.locator('canvas.camp-canvas').count()).toBe(0)
  })
})
