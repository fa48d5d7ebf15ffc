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

/** One filter step on a page (the action timed, then cleared untimed); null when the count did not change. */
async function timeFilterStep(page: Page, apply: FilterAction, clear: FilterAction): Promise<number | null> {
  const result = (await page.evaluate(timeFilter(apply, 60_000))) as Timed
  await sleep(SETTLE_MS)
  await page.evaluate(timeFilter(clear, 60_000))
  await sleep(SETTLE_MS)
  return result === null ? null : result.ms
}

/** The sides in turn, the first one first in even rounds and last in odd ones: drift on a shared machine hits both alike. */
function inTurn<T>(items: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...items] : [...items].reverse()
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

function emptyResult(target: Target): PageResult {
  return {
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
}

/** The region filter and the search on a page, and the actions that clear them. */
function filterActions(target: Target): { region: FilterAction; noRegion: FilterAction; search: FilterAction; noSearch: FilterAction } {
  if (target.side === 'baseline') {
    const noRegion: FilterAction = { kind: 'baseline', value: { region: null, q: '' } }
    return {
      region: { kind: 'baseline', value: { region: target.region, q: '' } },
      noRegion,
      search: { kind: 'baseline', value: { region: null, q: target.query } },
      noSearch: noRegion,
    }
  }
  return {
    region: { kind: 'region', value: `region:${target.region}` },
    noRegion: { kind: 'region', value: '' },
    search: { kind: 'search', value: target.query },
    noSearch: { kind: 'search', value: '' },
  }
}

/**
 * Measures the sides of one dataset (the app and its plain-Leaflet baseline) in turn, so
 * that a shared machine's drift falls on both alike: `runs` cold loads of each side
 * alternated (a fresh browser context each), then, on the last page of each, `steps`
 * region filters and `steps` searches alternated between the sides, then the pan/zoom.
 */
export async function measureSet(
  browser: Browser,
  server: BenchServer,
  targets: readonly Target[],
  runs: number,
  steps: number,
): Promise<PageResult[]> {
  const results = new Map(targets.map((t) => [t, emptyResult(t)]))
  const lastPages = new Map<Target, Page>()
  for (let run = 0; run < runs; run += 1) {
    for (const target of inTurn(targets, run)) {
      const result = results.get(target) ?? emptyResult(target)
      server.transfers.length = 0
      const { page, loadMs } = await coldLoad(browser, server, target)
      result.loadMs.push(loadMs)
      await atRest(page)
      await readLongTasks(page, result.longTasks)
      if (run === 0) {
        result.transfer = summarizeTransfers(server.transfers)
        result.heapMb = await heapMb(page)
      }
      if (run === runs - 1) lastPages.set(target, page)
      else await page.context().close()
    }
  }
  await sleep(SETTLE_MS)
  for (const kind of ['region', 'search'] as const) {
    for (let step = 0; step < steps; step += 1) {
      for (const target of inTurn(targets, step)) {
        const page = lastPages.get(target)
        const result = results.get(target)
        if (page === undefined || result === undefined) continue
        const actions = filterActions(target)
        const [apply, clear] = kind === 'region' ? [actions.region, actions.noRegion] : [actions.search, actions.noSearch]
        const ms = await timeFilterStep(page, apply, clear)
        if (ms === null) result.notes.push(`${JSON.stringify(apply)} did not change the count`)
        else (kind === 'region' ? result.filterMs : result.searchMs).push(ms)
      }
    }
  }
  for (const [target, page] of lastPages) {
    const result = results.get(target)
    if (target.fps === true && result !== undefined) result.fps = await panAndZoom(page)
    await page.context().close()
  }
  return targets.map((t) => results.get(t) ?? emptyResult(t))
}
