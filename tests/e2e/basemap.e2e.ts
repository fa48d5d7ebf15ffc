import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { REPO_ROOT, STRICT_CSP } from './support/server'
import { setUpBrowserSuite } from './support/suite'
import { dumpPage, isExternal, waitUntil, type AppSession } from './support/browser'
import { mapAtRest } from './support/settle'

/**
 * Issue 9, the basemap as a reader sees it: towns named in the interface language, Lake
 * Baikal drawn as water, labels that never overlap, the OpenStreetMap failure message over
 * a map that stays, and no request to another host unless online tiles are turned on.
 */

const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })
const sessions: AppSession[] = []
/** Sessions whose requests to another host are the point of the test (online tiles). */
const online = new Set<AppSession>()

afterEach(async () => {
  const problems: string[] = []
  for (const s of sessions.splice(0)) {
    await s.flush()
    const c = s.collected
    // With online tiles on, the failed tile loads are the point of the test.
    const consoleErrors = online.has(s)
      ? c.consoleErrors.filter((e) => !/Failed to load resource/.test(e) || !/tile\.openstreetmap\.org/.test(e))
      : c.consoleErrors
    problems.push(
      ...consoleErrors.map((e) => `console error: ${e}`),
      ...c.pageErrors.map((e) => `page error: ${e}`),
      ...c.cspViolations.map((e) => `CSP: ${e}`),
    )
    if (!online.has(s)) problems.push(...c.externalRequests.map((e) => `request to another host: ${e}`))
  }
  online.clear()
  expect(problems).toEqual([])
})

async function open(path: string, from = suite): Promise<AppSession> {
  const session = await from.open(path)
  sessions.push(session)
  await waitUntil(session.page, () => window.__e2e.markers().length > 0, undefined, `markers after loading ${path}`)
  return session
}

/** Waits until the map has stopped moving and its labels have been placed for the final view. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await mapAtRest(page)
}

async function labelTexts(page: Page, kind: string): Promise<string[]> {
  return page.evaluate((k) => Array.from(document.querySelectorAll(`[data-label-kind="${k}"]`)).map((el) => el.textContent ?? ''), kind)
}

type Rect = { left: number; top: number; right: number; bottom: number; what: string }

/** Pairs of visible labels, and labels and markers or controls/overlays, whose boxes overlap. */
async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rect = (el: Element, what: string) => {
      const r = el.getBoundingClientRect()
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, what }
    }
    const labels = Array.from(document.querySelectorAll('[data-label-kind]')).map((el) =>
      rect(el, `${el.getAttribute('data-label-kind')} "${el.textContent}"`),
    )
    const markers = [
      ...Array.from(document.querySelectorAll('.leaflet-marker-pane [data-camp-id]')).map((el) =>
        rect(el, `marker ${el.getAttribute('data-camp-id')}`),
      ),
      ...Array.from(document.querySelectorAll('.leaflet-marker-pane [data-camp-ids]')).map((el) =>
        rect(el, `group ${el.getAttribute('data-camp-ids')}`),
      ),
      ...Array.from(document.querySelectorAll('.leaflet-control, [data-map-overlay]')).map((el) => rect(el, `control ${el.className}`)),
    ]
    const hit = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5
    const found: string[] = []
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) if (hit(a, b)) found.push(`${a.what} × ${b.what}`)
      for (const m of markers) if (hit(a, m)) found.push(`${a.what} × ${m.what}`)
    })
    return found
  })
}

describe('basemap: towns, water, labels', () => {
  // Chita is named once, by its camp's label: no town label repeats a place a camp names (issue 18).
  it('names Chita on the map in the English region view of Chita Oblast, once', async () => {
    const { page } = await open('?region=chita-oblast')
    await waitUntil(
      page,
      () => Array.from(document.querySelectorAll('[data-label-kind="camp"]')).some((el) => /^#\d+ Chita\b/.test(el.textContent ?? '')),
      undefined,
      'a camp label "#n Chita"',
    )
    expect(await labelTexts(page, 'region')).toEqual(['Chita Oblast'])
    expect(await labelTexts(page, 'town')).not.toContain('Chita')
  })

  it('names チタ on the map in the Japanese region view, and no town in Russian', async () => {
    const { page } = await open('?region=chita-oblast&lang=ja')
    await waitUntil(
      page,
      () => Array.from(document.querySelectorAll('[data-label-kind="camp"]')).some((el) => /^#\d+ チタ/.test(el.textContent ?? '')),
      undefined,
      'a camp label "#n チタ"',
    )
    await settle(page)
    const towns = await labelTexts(page, 'town')
    expect(
      towns.filter((t) => /[А-Яа-яЁё]/.test(t)),
      `town labels ${towns.join(', ')}`,
    ).toEqual([])
    expect(towns).not.toContain('Chita')
  })

  it('shows camp names beside their numbers from a regional zoom, in the interface language', async () => {
    const { page } = await open('?region=chita-oblast&lang=ja')
    await waitUntil(
      page,
      () => Array.from(document.querySelectorAll('[data-label-kind="camp"]')).some((el) => /^#\d+\s+\S/.test(el.textContent ?? '')),
      undefined,
      'a camp label with a name',
    )
    const camps = await labelTexts(page, 'camp')
    expect(
      camps.some((t) => /^#\d+ .*[\u3040-\u30ff\u4e00-\u9faf]/.test(t)),
      camps.join(' | '),
    ).toBe(true)
  })

  for (const [name, path] of [
    ['the default view', ''],
    ['the Chita region view', '?region=chita-oblast'],
    ['a zoomed view', '#map=7/51.9/114.6'],
    ['the Japanese zoomed view', '?lang=ja#map=7/51.9/114.6'],
  ] as const) {
    it(`places no label over another label or a marker in ${name}`, async () => {
      const { page } = await open(path)
      await waitUntil(page, () => document.querySelectorAll('[data-label-kind]').length > 0, undefined, 'labels')
      await settle(page)
      expect(await overlaps(page), await dumpPage(page)).toEqual([])
    })
  }

  it('draws Lake Baikal as water: its middle is the sea colour on the water layer, over the land', async () => {
    const topology = JSON.parse(readFileSync(join(REPO_ROOT, 'public/basemap-water-low.topo.json'), 'utf8')) as Topology
    const lakes = feature(topology, topology.objects.lakes as never) as unknown as {
      features: Feature<Polygon | MultiPolygon, { name?: string }>[]
    }
    const baikal = lakes.features.find((f) => /baikal/i.test(f.properties?.name ?? ''))
    if (!baikal) throw new Error('public/basemap-water-low.topo.json has no lake named Baikal')
    const [lng, lat] = deepInside(baikal)
    const { page } = await open(`#map=6/${lat.toFixed(4)}/${lng.toFixed(4)}`)
    await waitUntil(page, () => document.querySelector('[data-water]') !== null, undefined, 'water drawn')
    const sea = { r: 0xdf, g: 0xe7, b: 0xec }
    // The water layer's paths (SVG) under the map's centre, and the colour each is filled with.
    const waterAtCentre = () =>
      page.evaluate(() => {
        const container = document.querySelector('.leaflet-container')
        if (!container) return []
        const c = container.getBoundingClientRect()
        const found: { fill: string; opacity: number }[] = []
        for (const path of document.querySelectorAll('.leaflet-basemap-water-pane svg path')) {
          if (!(path instanceof SVGPathElement)) continue
          const toPath = path.getScreenCTM()?.inverse()
          if (!toPath) continue
          const p = new DOMPoint(c.left + c.width / 2, c.top + c.height / 2).matrixTransform(toPath)
          const style = getComputedStyle(path)
          if (style.fill !== 'none' && path.isPointInFill(p)) found.push({ fill: style.fill, opacity: Number(style.fillOpacity) })
        }
        return found
      })
    const isSea = (fill: string, opacity: number) => {
      const [r, g, b] = (fill.match(/\d+/g) ?? []).map(Number)
      return Math.abs((r ?? 0) - sea.r) < 6 && Math.abs((g ?? 0) - sea.g) < 6 && Math.abs((b ?? 0) - sea.b) < 6 && opacity > 0.98
    }
    const deadline = Date.now() + 15_000
    let found = await waterAtCentre()
    while (!found.some((w) => isSea(w.fill, w.opacity)) && Date.now() < deadline) {
      await page.waitForTimeout(200)
      found = await waterAtCentre()
    }
    expect(
      found.some((w) => isSea(w.fill, w.opacity)),
      `Baikal's middle (${lng}, ${lat}) on the water layer is filled by ${JSON.stringify(found)}, not the sea ${JSON.stringify(sea)}`,
    ).toBe(true)
    // Water lies over the land: its pane is stacked above the land's.
    const z = await page.evaluate(() =>
      ['land', 'water'].map((name) =>
        Number(getComputedStyle(document.querySelector(`.leaflet-basemap-${name}-pane`) ?? document.body).zIndex),
      ),
    )
    expect(z[1], `water pane z-index ${z[1]} above land ${z[0]}`).toBeGreaterThan(z[0] ?? 0)
  })

  it('loads the high-detail water only from zoom 6, after the first view', async () => {
    const first = await open('')
    await settle(first.page)
    const urls = await first.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))
    expect(
      urls.some((u) => u.includes('basemap-water-low')),
      urls.join('\n'),
    ).toBe(true)
    expect(urls.some((u) => u.includes('basemap-water-high'))).toBe(false)
    const zoomed = await open('#map=7/51.9/114.6')
    await waitUntil(zoomed.page, () => document.querySelector('[data-water="high"]') !== null, undefined, 'high-detail water at zoom 7')
  })

  it('shows a scale bar in the lower left, not under the legend', async () => {
    const { page } = await open('')
    const scale = page.locator('[data-testid="scale-bar"]')
    await scale.waitFor()
    expect(await scale.textContent()).toMatch(/\d+\s*km/)
    const [s, l] = await Promise.all([scale.boundingBox(), page.locator('[data-testid="legend"]').boundingBox()])
    if (!s || !l) throw new Error('no scale bar or legend box')
    expect(s.y, 'the scale bar is below the legend').toBeGreaterThanOrEqual(l.y + l.height)
  })
})

describe('basemap: requests and online tiles', () => {
  const plainSuite = setUpBrowserSuite({})
  it('makes no request to another host by default', async () => {
    const session = await open('?region=chita-oblast')
    const requests: string[] = []
    session.page.on('request', (r) => requests.push(r.url()))
    await session.page.evaluate(() => {
      location.hash = 'map=8/51.9/114.6'
    })
    await waitUntil(
      session.page,
      () => document.querySelector('[data-water="high"]') !== null,
      undefined,
      'high-detail water after zooming in',
    )
    await settle(session.page)
    const loaded = await session.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))
    const all = [...loaded, ...requests]
    expect(all.length).toBeGreaterThan(3)
    expect(all.filter(isExternal)).toEqual([])
    expect(session.collected.externalRequests).toEqual([])
  })

  it('says when the OpenStreetMap tiles cannot be loaded and keeps the offline map', async () => {
    // Served without the strict CSP (whose img-src would block the tiles by itself), so that
    // it is the aborted requests that make the tiles fail.
    const session = await open('?region=chita-oblast', plainSuite)
    online.add(session)
    const { page } = session
    let tileRequests = 0
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tileRequests += 1
      return route.abort('internetdisconnected')
    })
    const status = page.locator('[role="status"][data-testid="tiles-status"]')
    expect(await status.count()).toBe(0)
    await page.getByLabel(/OpenStreetMap/).check()
    await status.getByText(/could not be loaded/).waitFor({ timeout: 15_000 })
    expect(tileRequests).toBeGreaterThan(0)
    // The offline land, water, borders and camps are still there.
    for (const pane of ['basemap-land', 'basemap-water', 'basemap-borders']) {
      expect(await page.locator(`.leaflet-${pane}-pane svg path`).count(), pane).toBeGreaterThan(0)
    }
    expect(await page.evaluate(() => window.__e2e.markers().length)).toBeGreaterThan(0)
    const landDrawn = await page.evaluate(() =>
      [...document.querySelectorAll('.leaflet-basemap-land-pane svg path')].some((path) => {
        const box = path.getBoundingClientRect()
        return (path.getAttribute('d') ?? '').length > 10 && box.width > 0 && box.height > 0
      }),
    )
    expect(landDrawn, 'the land layer is drawn under the failed tiles').toBe(true)
    await page.getByLabel(/OpenStreetMap/).uncheck()
    await status.waitFor({ state: 'detached' })
  })
})

/** A point well inside a lake: of a grid over its box, the inside point farthest from every shore vertex. */
function deepInside(lake: Feature<Polygon | MultiPolygon>): [number, number] {
  const rings: Position[][] = lake.geometry.type === 'Polygon' ? lake.geometry.coordinates : lake.geometry.coordinates.flat()
  const vertices = rings.flat()
  const xs = vertices.map((p) => p[0] ?? 0)
  const ys = vertices.map((p) => p[1] ?? 0)
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  let best: [number, number] | null = null
  let bestDistance = -1
  for (let i = 1; i < 40; i += 1) {
    for (let j = 1; j < 40; j += 1) {
      const p: [number, number] = [x0 + ((x1 - x0) * i) / 40, y0 + ((y1 - y0) * j) / 40]
      if (!booleanPointInPolygon(p, lake)) continue
      let d = Infinity
      for (const v of vertices) d = Math.min(d, Math.hypot(((v[0] ?? 0) - p[0]) * Math.cos((p[1] * Math.PI) / 180), (v[1] ?? 0) - p[1]))
      if (d > bestDistance) {
        bestDistance = d
        best = p
      }
    }
  }
  if (best === null) throw new Error('no grid point inside the lake')
  return best
}
