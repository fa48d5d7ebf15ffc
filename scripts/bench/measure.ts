import type { Browser, Page } from 'playwright-core'
import { DESKTOP } from '../../tests/e2e/support/browser'
import type { BenchServer, Transfer } from './serve'
import { loadProbe, READ_LONG_TASKS, START_FRAMES, STOP_FRAMES, timeFilter, type FilterAction } from './page-scripts'

export type Target = {
  set: string
  side: string
  /** Relative to the server root. */
  path: string
  expected: number
  region: string
  query: string
  fps?: boolean
}

export type TransferSummary = { js: number; css: number; data: number; basemap: number; html: number; other: number; total: number }

export type PageResult = {
  set: string
  side: string
  loadMs: number[]
  heapMb: number | null
  transfer: TransferSummary | null
  filterMs: number[]
  searchMs: number[]
  fps: { fps: number; worstMs: number } | null
  /** Per cold load, navigation to the map at rest: long tasks (over 50 ms) in all and after the first paint. */
  longTasks: { count: number[]; maxMs: number[]; countAfterPaint: number[]; blockingAfterPaintMs: number[] }
  notes: string[]
}

/** The map at rest: the network idle (basemap, labels' data), then a settle for work deferred after paint. */
async function atRest(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await sleep(SETTLE_MS * 2)
}

async function readLongTasks(page: Page, into: PageResult['longTasks']): Promise<void> {
  const { all, afterPaint } = (await page.evaluate(READ_LONG_TASKS)) as { all: number[]; afterPaint: number[] }
  into.count.push(all.length)
  into.maxMs.push(all.length === 0 ? 0 : Math.max(...all))
  into.countAfterPaint.push(afterPaint.length)
  into.blockingAfterPaintMs.push(afterPaint.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0))
}

const LOAD_TIMEOUT_MS = 240_000
const SETTLE_MS = 900
const PAN_SECONDS = 4

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function summarizeTransfers(transfers: readonly Transfer[]): TransferSummary {
  const sum: TransferSummary = { js: 0, css: 0, data: 0, basemap: 0, html: 0, other: 0, total: 0 }
  for (const { path, bytes } of transfers) {
    const kind = path.endsWith('.js')
      ? 'js'
      : path.endsWith('.css')
        ? 'css'
        : /basemap(-water-low)?\.topo\.json$|ussr-1946|railways-1940s|towns-/.test(path)
          ? 'basemap'
          : path.endsWith('.html') || path.endsWith('/')
            ? 'html'
            : /\.(geo)?json$/.test(path)
              ? 'data'
              : 'other'
    sum[kind] += bytes
    sum.total += bytes
  }
  return sum
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

type Timed = { ms: number; count: number } | null

/** Applies a filter, then clears it, `runs` times; returns the times of the filter steps. */
async function timeFilters(page: Page, apply: FilterAction, clear: FilterAction, runs: number, notes: string[]): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const result = (await page.evaluate(timeFilter(apply, 60_000))) as Timed
    if (result === null) notes.push(`${JSON.stringify(apply)} did not change the count`)
    else times.push(result.ms)
    await sleep(SETTLE_MS)
    await page.evaluate(timeFilter(clear, 60_000))
    await sleep(SETTLE_MS)
  }
  return times
}

/** Pans and zooms with the keyboard (Leaflet's own handler) for a few seconds, counting frames. */
async function panAndZoom(page: Page): Promise<{ fps: number; worstMs: number }> {
  await page.focus('.leaflet-container')
  await sleep(SETTLE_MS)
  await page.evaluate(START_FRAMES)
  const keys = ['ArrowRight', 'ArrowDown', '+', 'ArrowLeft', 'ArrowUp', '-']
  const end = Date.now() + PAN_SECONDS * 1000
  for (let i = 0; Date.now() < end; i += 1) {
    await page.keyboard.press(keys[i % keys.length] ?? 'ArrowRight')
    await sleep(120)
  }
  return (await page.evaluate(STOP_FRAMES)) as { fps: number; worstMs: number }
}

async function coldLoad(browser: Browser, server: BenchServer, target: Target): Promise<{ page: Page; loadMs: number }> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', timezoneId: 'UTC', serviceWorkers: 'block' })
  await context.addInitScript({ content: loadProbe(target.expected) })
  const page = await context.newPage()
  await page.goto(new URL(target.path, server.url).href, { waitUntil: 'commit' })
  // A function, not a string: the pages run under a CSP without 'unsafe-eval'.
  await page.waitForFunction(() => ((window as unknown as { __bench: { loadMs: number | null } }).__bench.loadMs ?? 0) > 0, undefined, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 50,
  })
  const loadMs = (await page.evaluate('window.__bench.loadMs')) as number
  return { page, loadMs }
}

/** Cold loads `runs` times (fresh context each), then filters, searches and pans on the last page. */
export async function measurePage(browser: Browser, server: BenchServer, target: Target, runs: number): Promise<PageResult> {
  const result: PageResult = {
    set: target.set,
    side: target.side,
    loadMs: [],
    heapMb: null,
    transfer: null,
    filterMs: [],
    searchMs: [],
    fps: null,
    longTasks: { count: [], maxMs: [], countAfterPaint: [], blockingAfterPaintMs: [] },
    notes: [],
  }
  const isBaseline = target.side === 'baseline'
  for (let run = 0; run < runs; run += 1) {
    server.transfers.length = 0
    const { page, loadMs } = await coldLoad(browser, server, target)
    result.loadMs.push(loadMs)
    await atRest(page)
    await readLongTasks(page, result.longTasks)
    if (run === 0) {
      result.transfer = summarizeTransfers(server.transfers)
      result.heapMb = await heapMb(page)
    }
    if (run === runs - 1) {
      await sleep(SETTLE_MS)
      const region: FilterAction = isBaseline
        ? { kind: 'baseline', value: { region: target.region, q: '' } }
        : { kind: 'region', value: `region:${target.region}` }
      const noRegion: FilterAction = isBaseline ? { kind: 'baseline', value: { region: null, q: '' } } : { kind: 'region', value: '' }
      const search: FilterAction = isBaseline
        ? { kind: 'baseline', value: { region: null, q: target.query } }
        : { kind: 'search', value: target.query }
      const noSearch: FilterAction = isBaseline ? noRegion : { kind: 'search', value: '' }
      result.filterMs = await timeFilters(page, region, noRegion, runs, result.notes)
      result.searchMs = await timeFilters(page, search, noSearch, runs, result.notes)
      if (target.fps === true) result.fps = await panAndZoom(page)
    }
    await page.context().close()
  }
  return result
}
