import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import { REPO_ROOT, STRICT_CSP, serveDist, type StaticServer } from './support/server'
import { DESKTOP, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { idsOf, loadExpected, type Expected } from './support/data'
import { embedFrame, expectClean, frameWait } from './support/frames'
import { axeViolations } from './support/axe'

/**
 * Issue 12, end to end: embeds as article graphics. The app (dist/) is served on one
 * loopback port under the strict CSP with `Access-Control-Allow-Origin: *`; the host
 * articles on ANOTHER port, i.e. another origin, as a newsroom's site would be: its
 * cross-origin frames are throttled by Chromium while off screen.
 */

const DOCUMENTED_HEIGHT = 540

const data: Expected = loadExpected()
const hostPage = (file: string, appUrl: string): string =>
  readFileSync(join(REPO_ROOT, 'tests/e2e/fixtures', file), 'utf8').replaceAll('{{APP}}', appUrl)

/** The app's server and the browser; the host articles get a server of their own below. */
const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP, 'Access-Control-Allow-Origin': '*' } })
let host: StaticServer | undefined

beforeAll(async () => {
  host = await serveDist({
    snapshot: false,
    routes: [
      { path: '/article.html', body: hostPage('embed-article-host.html', suite.url()), headers: {} },
      { path: '/column.html', body: hostPage('embed-article-column.html', suite.url()), headers: {} },
    ],
  })
})

afterAll(async () => {
  await host?.close()
})

/** Opens `path` on the app's server (`'app'`) or on the host articles' server (`'host'`). */
async function open(server: 'app' | 'host', path: string, viewport: { width: number; height: number } = DESKTOP): Promise<AppSession> {
  if (server === 'host' && !host) throw new Error('beforeAll did not start the host server')
  return suite.open(server === 'host' ? new URL(path, host?.url).href : path, { viewport })
}

const contentHeight = (frame: Frame): Promise<number> =>
  frame.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0))
const posted = (page: Page, id: string): Promise<number> => page.$eval(`#${id}`, (el) => Number(el.getAttribute('data-camp-map-height')))

/** Every marker of the frame lies inside the map (not cut off by the frame's width). */
const allMarkersInsideMap = (): boolean => {
  const map = document.getElementById('camp-map')?.getBoundingClientRect()
  if (!map || map.width < 100) return false
  // Single markers and group markers (camps joined where their markers would overlap) alike.
  const drawn = [...document.querySelectorAll('#camp-map [data-camp-id][data-tier], #camp-map [data-camp-ids]')]
  return (
    drawn.length > 0 &&
    drawn.every((el) => {
      const r = el.getBoundingClientRect()
      return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom
    })
  )
}

describe('three embeds on an article of another origin: in view, partly in view, off screen', () => {
  it('never shrinks a frame below its documented height, and ends at each embed’s full layout', async () => {
    const session = await open('host', 'article.html', { width: 1280, height: 800 })
    const { page } = session
    expect(new URL(page.url()).origin).not.toBe(new URL(suite.url()).origin)
    // The partly visible frame starts inside the window and ends below it.
    const tops = await page.evaluate(() => (window as unknown as { __startTops: Record<string, number> }).__startTops)
    expect(tops['in-view']).toBeLessThan(100)
    expect(tops.partly).toBeLessThan(800)
    expect((tops.partly ?? 0) + DOCUMENTED_HEIGHT).toBeGreaterThan(800)
    expect(tops['off-screen']).toBeGreaterThan(3000)

    const inView = await embedFrame(page, '#in-view')
    await frameWait(
      inView,
      (n) => window.__e2e.mapCamps().length === n,
      idsOf(data.camps.filter((c) => c.region === 'chita-oblast')).length,
      'Chita markers',
    )
    const partly = await embedFrame(page, '#partly')
    await frameWait(partly, () => window.__e2e.shown('camp-detail'), null, 'the Taishet detail')
    for (const id of ['in-view', 'partly'])
      await page.waitForFunction((s) => document.getElementById(s)?.hasAttribute('data-camp-map-height'), id)

    // The off-screen frame loaded while off screen; then the reader scrolls to it.
    const offScreen = await embedFrame(page, '#off-screen')
    await frameWait(offScreen, () => window.__e2e.markers().length > 0, null, 'markers in the off-screen embed')
    await page.$eval('#off-screen', (el) => el.scrollIntoView({ block: 'center' }))
    await page.waitForFunction(() => document.getElementById('off-screen')?.hasAttribute('data-camp-map-height'))

    for (const [id, frame] of [
      ['in-view', inView],
      ['partly', partly],
      ['off-screen', offScreen],
    ] as const) {
      // The first height the embed posted is its final layout's: map, bar, credit (and title or caption).
      const need = await contentHeight(frame)
      expect(need, id).toBeGreaterThan(DOCUMENTED_HEIGHT)
      await page.waitForFunction(([s, h]) => Math.round(document.getElementById(s as string)?.getBoundingClientRect().height ?? 0) === h, [
        id,
        need,
      ] as const)
      expect(await posted(page, id), id).toBe(need)
    }
    const heights = await page.evaluate(() => (window as unknown as { __heights: Record<string, number[]> }).__heights)
    for (const [id, list] of Object.entries(heights)) {
      expect(list.length, id).toBeGreaterThan(0)
      expect(Math.min(...list), `${id} was shrunk: ${list.join(', ')}`).toBeGreaterThanOrEqual(DOCUMENTED_HEIGHT)
      // Never a jump down: each height is at least the one before (the frames only grow once).
      list.forEach((h, i) => expect(h, `${id}: ${list.join(', ')}`).toBeGreaterThanOrEqual(list[i - 1] ?? 0))
    }
    // A 760 px column: the legend starts folded to its compact key (< 800 px); the title and caption are plain text.
    expect(
      await inView.evaluate(() => document.querySelector('[data-testid="legend"] button[aria-expanded]')?.getAttribute('aria-expanded')),
    ).toBe('false')
    expect(await inView.$eval('[data-testid="embed-title"]', (el) => el.textContent)).toBe('Camps of Chita oblast')
    expect(await partly.$eval('[data-testid="embed-caption"]', (el) => el.textContent)).toBe('The Taishet camp, on the BAM.')
    await expectClean(session)
  })
})

describe('a 350 px article column', () => {
  it('shows every camp of its region, its title, caption and credit, and a list of only those camps', async () => {
    const session = await open('host', 'column.html', { width: 800, height: 900 })
    const frame = await embedFrame(session.page, '#column-map')
    const chita = idsOf(data.camps.filter((c) => c.region === 'chita-oblast'))
    await frameWait(frame, (n) => window.__e2e.mapCamps().length === n, chita.length, 'Chita markers')
    expect(await frame.evaluate(() => innerWidth)).toBe(350)
    await frameWait(frame, allMarkersInsideMap, null, 'every Chita marker inside the 350 px map')
    expect((await frame.evaluate(() => window.__e2e.mapCamps())).sort()).toEqual(chita)

    expect(await frame.$eval('[data-testid="embed-title"]', (el) => el.textContent)).toBe('Camps of Chita oblast')
    // The caption is text: the <b> stays literal.
    expect(await frame.$eval('[data-testid="embed-caption"]', (el) => el.textContent)).toBe('Six camps of the 1946 oblast <b>not bold</b>')
    expect(await frame.evaluate(() => document.querySelector('[data-testid="embed-caption"] b'))).toBeNull()
    const meta = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'geodata/camps.geojson'), 'utf8')) as {
        metadata: { title: string; version: string; date: string }
      }
    ).metadata
    const credit = await frame.$eval('[data-testid="embed-credit"]', (el) => el.textContent ?? '')
    for (const part of [meta.title, meta.version, meta.date, 'Natural Earth']) expect(credit).toContain(part)
    for (const testid of ['embed-title', 'embed-caption', 'embed-credit'])
      expect(await frame.evaluate((t) => window.__e2e.shown(t), testid), testid).toBe(true)
    // Folded legend in a narrow frame.
    expect(
      await frame.evaluate(() => document.querySelector('[data-testid="legend"] button[aria-expanded]')?.getAttribute('aria-expanded')),
    ).toBe('false')

    // The list holds the region's camps, and no BAM camp "hidden by the filters".
    await frame.click('[data-testid="embed-list-toggle"]')
    await frameWait(frame, (n) => window.__e2e.list('camp-list').length === n, chita.length, 'the region’s camp list')
    const bamShown = await frame.evaluate(() => window.__e2e.list('bam-list'))
    expect(bamShown.every((id) => chita.includes(id))).toBe(true)
    expect((await frame.evaluate(() => window.__e2e.list('camp-list'))).sort()).toEqual(chita)
    // The frame grew with the list and never went below the documented height.
    await session.page.waitForFunction(
      (h) => (document.getElementById('column-map')?.getBoundingClientRect().height ?? 0) > h,
      DOCUMENTED_HEIGHT + 100,
    )
    await expectClean(session)
  })

  it('a narrow frame shows the camp’s detail as a bottom sheet below its marker', async () => {
    const session = await open('app', 'embed.html?camp=taishet', { width: 700, height: 700 })
    const { page } = session
    await page.waitForFunction(() => window.__e2e.shown('camp-detail'))
    await page.waitForFunction(() => {
      const marker = document.querySelector('[data-camp-id="taishet"][data-tier]')?.getBoundingClientRect()
      const sheet = document.querySelector('[data-testid="camp-detail"]')?.getBoundingClientRect()
      const map = document.getElementById('camp-map')?.getBoundingClientRect()
      return !!marker && !!sheet && !!map && marker.bottom <= sheet.top && marker.top >= map.top && sheet.height < map.height * 0.6
    })
    // The camp's headcount is in the sheet's first screen, without scrolling it.
    const camps = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'geodata/camps.geojson'), 'utf8')) as {
        features: { properties: { id: string; detained: number | null } }[]
      }
    ).features
    const detained = camps.find((f) => f.properties.id === 'taishet')?.properties.detained
    expect(typeof detained).toBe('number')
    const figure = new Intl.NumberFormat('en-GB').format(detained ?? 0)
    expect(
      await page.evaluate((text) => {
        const sheet = document.querySelector('[data-testid="camp-detail"]')
        const strong = Array.from(sheet?.querySelectorAll('strong') ?? []).find((el) => el.textContent === text)
        if (!sheet || !strong) return `no ${text} in the sheet`
        const s = sheet.getBoundingClientRect()
        const r = strong.getBoundingClientRect()
        return r.top >= s.top && r.bottom <= s.bottom
          ? 'visible'
          : `at ${Math.round(r.top)}, sheet ${Math.round(s.top)}–${Math.round(s.bottom)}`
      }, figure),
    ).toBe('visible')
    await expectClean(session)
  })
})

describe('accessibility of an article preset (axe-core, WCAG 2.2 AA)', () => {
  it('finds no violation with title, caption, credit and a camp in the bottom sheet', async () => {
    const session = await open('app', 'embed.html?region=chita-oblast&camp=chita&title=Camps%20of%20Chita&caption=Six%20camps', {
      width: 700,
      height: 700,
    })
    const { page } = session
    await page.waitForFunction(() => window.__e2e.shown('camp-detail') && window.__e2e.shown('embed-credit'))
    // Markers are exempt from target size (support/axe.ts).
    const violations = await axeViolations(page)
    expect(violations).toEqual([])
    await expectClean(session)
  })
})

describe('Share / Embed dialog: snippet without a pinned view, and the Image control', () => {
  it('writes no #map= unless asked, and downloads an SVG and a PNG of the view', async () => {
    const session = await open('app', 'index.html?region=chita-oblast')
    const { page } = session
    const chita = idsOf(data.camps.filter((c) => c.region === 'chita-oblast'))
    await page.waitForFunction((n) => window.__e2e.mapCamps().length === n, chita.length)
    await page.waitForFunction(() => location.hash.startsWith('#map='))
    await page.click('[data-testid="share-button"]')
    await page.waitForSelector('dialog[data-testid="share-dialog"][open]')
    const srcOf = async (): Promise<URL> => {
      const snippet = await page.inputValue('[data-testid="share-snippet"]')
      return new URL((/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&'))
    }
    expect((await srcOf()).hash).toBe('')
    expect((await srcOf()).searchParams.get('region')).toBe('chita-oblast')
    await page.check('[data-testid="share-option-keep-view"]')
    expect((await srcOf()).hash).toMatch(/^#map=/)
    await page.uncheck('[data-testid="share-option-keep-view"]')
    await page.fill('[data-testid="share-option-title"]', 'Camps of <Chita>')
    await page.fill('[data-testid="share-option-caption"]', 'Six camps')
    const src = await srcOf()
    expect(src.hash).toBe('')
    expect(src.searchParams.get('title')).toBe('Camps of <Chita>')
    expect(src.searchParams.get('caption')).toBe('Six camps')

    // The image has its own title field (issue 23), prefilled with the region's name.
    expect(await page.inputValue('[data-testid="export-image-title"]')).toContain('Chita')
    await page.fill('[data-testid="export-image-title"]', 'Camps of <Chita>')
    await page.selectOption('[data-testid="export-image-format"]', 'svg')
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.click('[data-testid="export-image"]'),
    ])
    expect(svgDownload.suggestedFilename()).toBe('camp-map-chita-oblast-en-1200x800.svg')
    const svg = readFileSync((await svgDownload.path()) ?? '', 'utf8')
    const ids = [...svg.matchAll(/<g class="camp" data-camp-id="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(ids.sort()).toEqual(chita)
    expect(svg).toContain('Camps of &lt;Chita&gt;')

    await page.selectOption('[data-testid="export-image-format"]', 'png')
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.click('[data-testid="export-image"]'),
    ])
    const png = readFileSync((await pngDownload.path()) ?? '')
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 800])
    await expectClean(session)
  })
})
