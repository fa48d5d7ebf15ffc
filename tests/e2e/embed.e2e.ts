import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import { REPO_ROOT, STRICT_CSP, type ExtraRoute } from './support/server'
import { DESKTOP, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { idsOf, loadExpected, type Expected } from './support/data'
import { embedFrame, expectClean, frameWait } from './support/frames'
import { mapAtRest, nextFrames, writtenUrl } from './support/settle'

/**
 * Issue 4, end to end: host pages on 127.0.0.1 embed the production build (`dist/`) the
 * way an article would. Every file of the app is served with the strict CSP and with
 * `Access-Control-Allow-Origin: *` (as GitHub Pages does), so each embed below also runs
 * under the CSP; the host pages themselves have no CSP. Only stable hooks are used.
 */

const fixture = (name: string): string => readFileSync(join(REPO_ROOT, 'tests/e2e/fixtures', name), 'utf8')
const hostRoute = (path: string, file: string): ExtraRoute => ({ path, body: fixture(file), headers: {} })

const EMBED_BAR_PX = 40
const MAP_PX = 500

const data: Expected = loadExpected()
const suite = setUpBrowserSuite({
  headers: { 'Content-Security-Policy': STRICT_CSP, 'Access-Control-Allow-Origin': '*' },
  routes: [
    hostRoute('/host.html', 'embed-host.html'),
    hostRoute('/host-sandbox.html', 'embed-host-sandbox.html'),
    hostRoute('/host-hidden.html', 'embed-host-hidden.html'),
  ],
})

function open(path: string): Promise<AppSession> {
  return suite.open(path, { viewport: DESKTOP })
}

/** `expectClean`, then closes the session: each test of this file ends with it. */
async function expectCleanAndClose(session: AppSession): Promise<void> {
  await expectClean(session)
  await session.close()
}

const markerIds = (frame: Frame): Promise<string[]> => frame.evaluate(() => window.__e2e.mapCamps())
const frameHash = (frame: Frame): Promise<string> => frame.evaluate(() => location.hash)
const iframeHeight = (page: Page, selector: string): Promise<number> => page.$eval(selector, (el) => el.getBoundingClientRect().height)
/** The embed's own content height, which it posts to the host. */
const contentHeight = (frame: Frame): Promise<number> =>
  frame.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0))

function regionCamps(region: string): string[] {
  return idsOf(data.camps.filter((c) => c.region === region))
}

describe('two embeds with different presets on one host page', () => {
  let session: AppSession
  let page: Page
  let mapA: Frame
  let mapB: Frame

  beforeAll(async () => {
    session = await open('host.html')
    page = session.page
    mapA = await embedFrame(page, '#map-a')
    const chita = regionCamps('chita-oblast')
    await frameWait(mapA, (n) => window.__e2e.mapCamps().length === n, chita.length, `${chita.length} Chita markers`)
    await page.evaluate(() => document.getElementById('map-b')?.scrollIntoView())
    mapB = await embedFrame(page, '#map-b')
    await frameWait(mapB, () => window.__e2e.shown('camp-detail'), null, 'the Taishet detail')
    await page.evaluate(() => window.scrollTo(0, 0))
  })

  afterAll(async () => {
    await expectCleanAndClose(session)
  })

  it('shows only the preset region’s markers, with the legend and without the list toggle or app header', async () => {
    expect((await markerIds(mapA)).sort()).toEqual(regionCamps('chita-oblast'))
    expect(await mapA.evaluate(() => window.__e2e.shown('legend'))).toBe(true)
    expect(await mapA.evaluate(() => window.__e2e.shown('embed-list-toggle'))).toBe(false)
    expect(await mapA.evaluate(() => window.__e2e.shown('lang-switch') || !!document.querySelector('header h1'))).toBe(false)
    // The attribution stays visible inside the frame.
    expect(
      await mapA.evaluate(() => (document.querySelector('.leaflet-control-attribution')?.textContent ?? '').includes('Natural Earth')),
    ).toBe(true)
  })

  it('opens the preset camp’s detail, without the legend, with the list toggle', async () => {
    expect(await mapB.evaluate(() => document.querySelector('[data-testid="camp-detail"]')?.getAttribute('data-camp-id'))).toBe('taishet')
    expect(await mapB.evaluate(() => window.__e2e.shown('legend'))).toBe(false)
    expect(await mapB.evaluate(() => window.__e2e.shown('embed-list-toggle'))).toBe(true)
    expect((await markerIds(mapB)).length).toBe(data.camps.length)
    // Before the reader uses it, the embed takes no focus (it would scroll the article to it).
    expect(
      await mapB.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement?.outerHTML.slice(0, 120))),
    ).toBe('body')
  })

  it('the host script sizes each iframe to the height its embed posts, and follows changes', async () => {
    for (const [selector, frame] of [
      ['#map-a', mapA],
      ['#map-b', mapB],
    ] as const) {
      await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-camp-map-height') !== null, selector)
      const posted = await contentHeight(frame)
      expect(posted).toBeGreaterThanOrEqual(MAP_PX + EMBED_BAR_PX)
      expect(Math.round(await iframeHeight(page, selector))).toBe(posted)
    }
    // Opening the compact list makes the embed taller: the iframe follows.
    const before = await iframeHeight(page, '#map-b')
    await mapB.click('[data-testid="embed-list-toggle"]')
    await frameWait(mapB, () => window.__e2e.list('bam-list').length === 8, null, 'the BAM list in the embed')
    await page.waitForFunction((h) => (document.getElementById('map-b')?.getBoundingClientRect().height ?? 0) > h + 100, before)
    expect(Math.round(await iframeHeight(page, '#map-b'))).toBe(await contentHeight(mapB))
    // Choosing a camp in the embed replaces its URL: the host page's Back button is not captured.
    const historyLength = await page.evaluate(() => history.length)
    const other = (await mapB.evaluate(() => window.__e2e.list('bam-list'))).find((id) => id !== 'taishet') ?? ''
    for (const id of [other, 'taishet']) {
      await mapB.click(`[data-testid="bam-list"] [data-camp-id="${id}"] button`)
      await frameWait(
        mapB,
        (want) => document.querySelector('[data-testid="camp-detail"]')?.getAttribute('data-camp-id') === want,
        id,
        `the detail of ${id}`,
      )
    }
    expect(await page.evaluate(() => history.length)).toBe(historyLength)
    await mapB.click('[data-testid="embed-list-toggle"]')
    await page.waitForFunction(
      (h) => Math.round(document.getElementById('map-b')?.getBoundingClientRect().height ?? 0) === h,
      Math.round(before),
    )
  })

  it('the wheel over an unfocused embed scrolls the host page, not the map; after a click it zooms', async () => {
    await page.evaluate(() => window.scrollTo(0, 0))
    const hashBefore = await frameHash(mapA)
    expect(hashBefore).toMatch(/^#map=/)
    const box = await page.$eval('#map-a', (el) => {
      const r = el.getBoundingClientRect()
      return { x: r.left, y: r.top, width: r.width }
    })
    // Over the map, away from the legend (lower left) and the zoom buttons (upper left).
    const x = box.x + box.width - 60
    const y = box.y + 150
    await page.mouse.move(x, y)
    await page.mouse.wheel(0, 300)
    await page.waitForFunction(() => window.scrollY > 100)
    await frameWait(mapA, () => window.__e2e.shown('embed-hint'), null, 'the wheel hint')
    // Nothing may happen: had the wheel reached Leaflet, its zoom (40 ms debounce, 250 ms
    // animation) would have rewritten #map= long before the hint hides (1.8 s after it showed).
    await frameWait(mapA, () => !window.__e2e.shown('embed-hint'), null, 'the wheel hint to hide')
    expect(await frameHash(mapA)).toBe(hashBefore)

    // Clicking the map turns wheel zoom on: now the wheel zooms the map and the host stays put.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.waitForFunction(() => window.scrollY === 0)
    // The frame is back under (x, y) once the scrolled layout has been painted.
    await nextFrames(page)
    await page.mouse.click(x, y)
    await page.mouse.wheel(0, -300)
    await frameWait(mapA, (h) => location.hash !== h, hashBefore, 'a zoom after the click')
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    const zoom = (hash: string) => Number(/^#map=([\d.]+)\//.exec(hash)?.[1])
    expect(zoom(await frameHash(mapA))).toBeGreaterThan(zoom(hashBefore))
  })

  it('"Open full map" carries the current state to the full app in a new tab', async () => {
    const linkA = await mapA.$eval('[data-testid="open-full-map"]', (a) => ({
      href: (a as HTMLAnchorElement).href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }))
    const urlA = new URL(linkA.href)
    expect(urlA.pathname).toBe('/index.html')
    expect(urlA.searchParams.get('region')).toBe('chita-oblast')
    expect(urlA.searchParams.has('sidebar')).toBe(false)
    expect(urlA.hash).toBe((await writtenUrl(mapA)).hash)
    expect(linkA.target).toBe('_blank')
    expect((linkA.rel ?? '').split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))

    const hrefB = await mapB.$eval('[data-testid="open-full-map"]', (a) => (a as HTMLAnchorElement).href)
    expect(new URL(hrefB).searchParams.get('camp')).toBe('taishet')
    const [popup] = await Promise.all([session.context.waitForEvent('page'), mapB.click('[data-testid="open-full-map"]')])
    await popup.waitForFunction(
      () => document.querySelector('[data-testid="camp-detail"]')?.getAttribute('data-camp-id') === 'taishet',
      undefined,
      { timeout: 20_000 },
    )
    expect(await popup.evaluate(() => !!document.querySelector('[data-testid="region-filter"]'))).toBe(true)
    await popup.close()
  })
})

describe('embeds in hostile hosts', () => {
  it('renders markers in an iframe sandboxed with allow-scripts allow-popups (opaque origin, CORS *)', async () => {
    const session = await open('host-sandbox.html')
    const frame = await embedFrame(session.page, '#map-sandboxed')
    const chita = regionCamps('chita-oblast')
    await frameWait(frame, (n) => window.__e2e.mapCamps().length === n, chita.length, 'Chita markers in the sandbox')
    expect((await markerIds(frame)).sort()).toEqual(chita)
    expect(await frame.evaluate(() => window.origin)).toBe('null')
    // The host script matches the message by event.source, since the origin is "null".
    await session.page.waitForFunction(() => document.getElementById('map-sandboxed')?.getAttribute('data-camp-map-height') !== null)
    expect(Math.round(await iframeHeight(session.page, '#map-sandboxed'))).toBe(await contentHeight(frame))
    await expectCleanAndClose(session)
  })

  it('sizes the map correctly when its container was hidden at load and shown later', async () => {
    const session = await open('host-hidden.html')
    const frame = await embedFrame(session.page, '#map-hidden')
    await frameWait(frame, () => document.querySelectorAll('[data-camp-id][data-tier]').length > 0, null, 'markers in the hidden embed')
    // Loaded while hidden: the map has reported the view it got at 0×0 (this waits on the
    // URL, not on animation frames, which a frame that is not displayed may not get).
    await frameWait(frame, () => location.hash.startsWith('#map='), null, 'the hidden map’s #map= view')
    await session.page.evaluate(() => document.getElementById('tab')?.removeAttribute('hidden'))
    const chita = regionCamps('chita-oblast')
    await frameWait(frame, (n) => window.__e2e.mapCamps().length === n, chita.length, 'Chita markers after showing')
    await frameWait(
      frame,
      () => {
        const map = document.getElementById('camp-map')?.getBoundingClientRect()
        if (!map || map.width < 300) return false
        const pane = document.querySelector('.leaflet-map-pane')
        const tiles = pane ? pane.getBoundingClientRect() : null
        if (!tiles) return false
        const drawn = [...document.querySelectorAll('.leaflet-marker-pane [data-camp-id][data-tier], .leaflet-marker-pane [data-camp-ids]')]
        return (
          drawn.length > 0 &&
          drawn.every((el) => {
            const r = el.getBoundingClientRect()
            return !!r && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom
          })
        )
      },
      null,
      'every marker inside the shown map',
    )
    // Fitted again to the region once shown, not left at the zoom a 0×0 map gets.
    await frameWait(frame, () => Number(/^#map=([\d.]+)\//.exec(location.hash)?.[1]) > 3, null, 'a fitted #map= view')
    const size = await frame.evaluate(() => {
      const r = document.getElementById('camp-map')?.getBoundingClientRect()
      return { width: Math.round(r?.width ?? 0), viewport: window.innerWidth }
    })
    expect(size.width).toBe(size.viewport)
    await expectCleanAndClose(session)
  })

  it('interactive=0 is a static locator: no zoom buttons, no wheel or drag moves', async () => {
    const session = await open('embed.html?region=chita-oblast&interactive=0')
    const { page } = session
    const chita = regionCamps('chita-oblast')
    await page.waitForFunction((n) => window.__e2e.mapCamps().length === n, chita.length)
    await page.waitForFunction(() => location.hash.startsWith('#map='))
    // The first #map= is the view before the fit: wait for the fit to finish.
    await mapAtRest(page)
    const before = await page.evaluate(() => location.hash)
    expect(await page.evaluate(() => document.querySelector('a[aria-label="Zoom in"]'))).toBeNull()
    await page.mouse.click(1200, 120)
    await page.mouse.wheel(0, -400)
    await page.mouse.move(1200, 120)
    await page.mouse.down()
    await page.mouse.move(900, 300, { steps: 8 })
    await page.mouse.up()
    await page.keyboard.press('ArrowLeft')
    // Nothing may happen: a drag or key pan, or a wheel zoom (Leaflet starts it 40 ms after
    // the wheel, i.e. before the drag's eight moves are through), would show as an
    // animation or a new #map= while waiting for the map to be at rest.
    await mapAtRest(page)
    expect(await page.evaluate(() => location.hash)).toBe(before)
    // The embed keeps its own options in its URL.
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('interactive'))).toBe('0')
    await expectCleanAndClose(session)
  })

  it('?embed=1 on the full page redirects to embed.html with the state', async () => {
    const session = await open('index.html?embed=1&region=chita-oblast&sidebar=0#map=5/52/113')
    await session.page.waitForURL(/embed\.html/)
    const url = new URL(session.page.url())
    expect(url.pathname).toBe('/embed.html')
    expect(url.searchParams.get('region')).toBe('chita-oblast')
    expect(url.searchParams.get('sidebar')).toBe('0')
    expect(url.searchParams.has('embed')).toBe(false)
    expect(url.hash).toBe('#map=5/52/113')
    await session.page.waitForFunction((n) => window.__e2e.mapCamps().length === n, regionCamps('chita-oblast').length)
    await expectCleanAndClose(session)
  })
})

describe('Share / Embed dialog in the full app', () => {
  it('gives the link, a copy-ready snippet for the current view and options, and a live preview', async () => {
    const session = await open('index.html?region=chita-oblast')
    const { page } = session
    const chita = regionCamps('chita-oblast')
    await page.waitForFunction((n) => window.__e2e.mapCamps().length === n, chita.length)
    await page.waitForFunction(() => location.hash.startsWith('#map='))
    await page.click('[data-testid="share-button"]')
    await page.waitForSelector('dialog[data-testid="share-dialog"][open]')
    const link = new URL(await page.inputValue('[data-testid="share-link"]'))
    expect(link.pathname).toBe('/index.html')
    expect(link.searchParams.get('region')).toBe('chita-oblast')

    await page.uncheck('[data-testid="share-option-sidebar"]')
    await page.fill('[data-testid="share-option-height"]', '420')
    // The frame's height: the map (420) and bar (40), plus the credit, as the preview measured it (issue 23).
    await page.waitForFunction(
      () => document.querySelector('[data-testid="share-snippet-height"]')?.getAttribute('data-measured') === 'true',
    )
    const snippet = await page.inputValue('[data-testid="share-snippet"]')
    const [iframeLine, scriptLine] = snippet.split('\n')
    expect(iframeLine).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" aria-label="[^"]+" width="100%" height="\d+" loading="lazy" .*data-camp-map><\/iframe>$/,
    )
    expect(Number(/height="(\d+)"/.exec(iframeLine ?? '')?.[1])).toBeGreaterThan(460)
    expect(scriptLine).toBe(`<script src="${suite.url()}embed.js" defer></script>`)
    const src = new URL((/src="([^"]+)"/.exec(iframeLine ?? '')?.[1] ?? '').replace(/&amp;/g, '&'))
    expect(src.pathname).toBe('/embed.html')
    expect(src.searchParams.get('region')).toBe('chita-oblast')
    expect(src.searchParams.get('sidebar')).toBe('0')
    expect(src.searchParams.get('height')).toBe('420')
    // No pinned view unless "keep this exact view" is ticked (tests/e2e/embed-article.e2e.ts).
    expect(src.hash).toBe('')

    // The preview is that embed, live.
    await page.waitForFunction(
      (want) => (document.querySelector('[data-testid="share-preview"]') as HTMLIFrameElement | null)?.src === want,
      src.href,
    )
    const preview = await embedFrame(page, '[data-testid="share-preview"]')
    await frameWait(preview, (n) => window.__e2e.mapCamps().length === n, chita.length, 'Chita markers in the preview')
    expect(await preview.evaluate(() => window.__e2e.shown('embed-list-toggle'))).toBe(false)

    await page.keyboard.press('Escape')
    await page.waitForSelector('dialog[data-testid="share-dialog"]', { state: 'detached' })
    await expectCleanAndClose(session)
  })
})
