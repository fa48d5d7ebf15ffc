import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { dumpPage, waitUntil, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { loadExpected, type Expected } from './support/data'
import { axeViolations } from './support/axe'
import { writtenUrl } from './support/settle'

/**
 * Issue 10 end to end: every camp can be seen and picked. At a large and a small desktop
 * and a phone: no marker lies under another marker or under the legend, a camp opened by a
 * link shows beside (or above) its detail panel, a click on each marker of the densest
 * areas (at one size, 1024×768) opens that camp or a chooser that lists it, the phone drawer closes with Escape
 * and a tap outside, and axe-core still finds nothing.
 */

const data: Expected = loadExpected()
const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })

const SIZES = [
  { name: '1440×900', width: 1440, height: 900 },
  { name: '1024×768', width: 1024, height: 768 },
  { name: '390×844', width: 390, height: 844 },
] as const
type Size = (typeof SIZES)[number]

const sessions: AppSession[] = []
afterEach(async () => {
  const problems: string[] = []
  for (const s of sessions.splice(0)) {
    await s.flush()
    const c = s.collected
    problems.push(...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...c.externalRequests)
  }
  expect(problems, 'console errors, page errors, CSP violations or external requests').toEqual([])
})

/** Opens a path with animations off (moves land at once), waiting until every shown camp is on the map. */
async function open(path: string, size: Size, camps = data.camps.length): Promise<Page> {
  return (await openSession(path, size, camps)).page
}

async function openSession(path: string, size: Size, camps = data.camps.length): Promise<AppSession> {
  const session = await suite.open(path, { viewport: { width: size.width, height: size.height } })
  sessions.push(session)
  await session.page.emulateMedia({ reducedMotion: 'reduce' })
  await waitUntil(session.page, (n) => window.__e2e.mapCamps().length === n, camps, `${camps} camps on the map`)
  await settle(session.page)
  return session
}

/** A fresh document at `path` in an open session's page (cheaper than a new context), settled like `open`. */
async function load(session: AppSession, path: string): Promise<Page> {
  if (!sessions.includes(session)) sessions.push(session)
  await suite.goto(session, path, { waitForMarkers: data.camps.length })
  await settle(session.page)
  return session.page
}

/** Waits for two animation frames after the map's last move (the hash is written on moveend). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = ''
        let stable = 0
        const tick = () => {
          const pane = document.querySelector('.leaflet-map-pane')
          const now = `${location.hash} ${pane instanceof HTMLElement ? pane.style.transform : ''} ${document.querySelectorAll('.leaflet-marker-pane > *').length}`
          stable = now === last ? stable + 1 : 0
          last = now
          if (stable >= 3) done()
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
  )
}

type Drawn = { ids: string[]; single: boolean; left: number; top: number; right: number; bottom: number; x: number; y: number }

/** Every marker (own or group) on the map, with its page rectangle. */
function drawnMarkers(page: Page): Promise<Drawn[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-camp-id][data-tier], .leaflet-marker-pane [data-camp-ids]'),
    ).map((el) => {
      const r = el.getBoundingClientRect()
      const single = el.hasAttribute('data-camp-id')
      const ids = single ? [el.getAttribute('data-camp-id') ?? ''] : (el.getAttribute('data-camp-ids') ?? '').split(' ')
      return {
        ids,
        single,
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        x: (r.left + r.right) / 2,
        y: (r.top + r.bottom) / 2,
      }
    }),
  )
}

function rectOf(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)
    if (!el) return null
    const r = el.getBoundingClientRect()
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
  }, selector)
}

type Box = { left: number; top: number; right: number; bottom: number }
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
const inside = (p: { x: number; y: number }, b: Box) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom

/** The size at which every marker of the dense areas is clicked (once: the hit boxes are checked at every size). */
const CLICK_SIZE: Size['name'] = '1024×768'

describe.each(SIZES)('at $name', (size) => {
  // One page per size: the first two tests read the default view; the others load their URL in it.
  let session: AppSession | undefined
  beforeAll(async () => {
    session = await openSession('', size)
  })
  const shared = (): AppSession => {
    if (!session) throw new Error('beforeAll did not open the page')
    if (!sessions.includes(session)) sessions.push(session)
    return session
  }

  it('draws no marker under another marker, each with a hit box of at least 24×24 px', async () => {
    const page = shared().page
    const map = await rectOf(page, '#camp-map')
    if (!map) throw new Error('no map')
    const drawn = (await drawnMarkers(page)).filter((m) => inside(m, map))
    expect(drawn.length).toBeGreaterThan(5)
    const small = drawn.filter((m) => m.right - m.left < 24 || m.bottom - m.top < 24).map((m) => m.ids.join(' '))
    expect(small, 'markers with a hit box under 24×24 px').toEqual([])
    const overlapping: string[] = []
    for (let i = 0; i < drawn.length; i += 1) {
      for (let j = i + 1; j < drawn.length; j += 1) {
        const a = drawn[i]
        const b = drawn[j]
        if (a && b && intersects(a, b)) overlapping.push(`${a.ids.join(' ')} / ${b.ids.join(' ')}`)
      }
    }
    expect(overlapping, 'markers whose hit boxes overlap').toEqual([])
    const covered = await page.evaluate(
      (points) =>
        points.flatMap((p) => {
          const hit = document.elementFromPoint(p.x, p.y)
          const owner = hit?.closest('[data-camp-id][data-tier], [data-camp-ids]')
          const ids = owner ? (owner.getAttribute('data-camp-id') ?? owner.getAttribute('data-camp-ids')) : null
          return ids === p.ids.join(' ') ? [] : [`${p.ids.join(' ')} → ${ids ?? hit?.className.toString() ?? 'nothing'}`]
        }),
      drawn.map((m) => ({ x: m.x, y: m.y, ids: m.ids })),
    )
    expect(covered, 'markers whose centre is not the marker itself (elementFromPoint)').toEqual([])
  })

  it('keeps every camp out from under the legend and the map controls', async () => {
    const page = shared().page
    const overlays = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('[data-testid="legend"], .map-overlay, .leaflet-control, [data-testid="drawer-toggle"]'),
      ).flatMap((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.height > 0
          ? [{ what: el.getAttribute('class') ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom }]
          : []
      }),
    )
    expect(overlays.some((o) => o.what.includes('legend'))).toBe(true)
    const drawn = await drawnMarkers(page)
    const under = drawn.flatMap((m) => overlays.filter((o) => intersects(m, o)).map((o) => `${m.ids.join(' ')} under ${o.what}`))
    expect(under, `camps under an overlay; page: ${await dumpPage(page)}`).toEqual([])
    const map = await rectOf(page, '#camp-map')
    if (!map) throw new Error('no map')
    const outside = drawn.filter((m) => !inside(m, map)).map((m) => m.ids.join(' '))
    expect(outside, 'the default view shows every camp inside the map').toEqual([])
  })

  for (const id of ['taishet', 'khabarovsk', 'ulaanbaatar']) {
    it(`?camp=${id} shows the camp's marker inside the map and outside its detail panel`, async () => {
      const page = await load(shared(), `?camp=${id}`)
      await page.getByTestId('camp-detail').waitFor()
      await settle(page)
      const check = async () => {
        const marker = await rectOf(page, `.leaflet-marker-pane [data-camp-id="${id}"][data-tier]`)
        const map = await rectOf(page, '#camp-map')
        const panel = await rectOf(page, '[data-testid="camp-detail"]')
        return { marker, map, panel }
      }
      const { marker, map, panel } = await check()
      expect(marker, `the selected camp has its own marker; ${await dumpPage(page)}`).not.toBeNull()
      if (!marker || !map || !panel) return
      const centre = { x: (marker.left + marker.right) / 2, y: (marker.top + marker.bottom) / 2 }
      expect(inside(centre, map), `marker ${JSON.stringify(marker)} inside the map ${JSON.stringify(map)}`).toBe(true)
      expect(intersects(marker, panel), `marker ${JSON.stringify(marker)} clear of the panel ${JSON.stringify(panel)}`).toBe(false)
      const hit = await page.evaluate(
        (p) => document.elementFromPoint(p.x, p.y)?.closest('[data-camp-id][data-tier]')?.getAttribute('data-camp-id') ?? null,
        centre,
      )
      expect(hit, 'nothing covers the opened camp').toBe(id)
      // Closing a detail opened by a link puts focus on the camp's marker (or its group).
      await page.getByTestId('close-detail').click()
      await waitUntil(
        page,
        (campId) => {
          const el = document.activeElement
          return (
            !!el && (el.getAttribute('data-camp-id') === campId || (el.getAttribute('data-camp-ids') ?? '').split(' ').includes(campId))
          )
        },
        id,
        `focus on the marker of ${id} after closing`,
      )
    })
  }

  const denseAreas: { name: string; centre: [number, number]; km: number }[] = [
    { name: 'Vladivostok and Nakhodka', centre: [131.9, 43.1], km: 110 },
    { name: 'Tashkent', centre: [69.24, 41.3], km: 125 },
    { name: 'Ulaanbaatar and Nalaikh', centre: [106.9, 47.9], km: 40 },
    { name: 'Irkutsk', centre: [104.3, 52.3], km: 130 },
  ]
  for (const area of size.name === CLICK_SIZE ? denseAreas : []) {
    it(`a click on each marker around ${area.name} opens that camp or a chooser that lists it`, async () => {
      const [lon0, lat0] = area.centre
      const ids = data.camps
        .map((c) => c.id)
        .filter((id) => {
          const [lon, lat] = data.lngLat.get(id) ?? [0, 0]
          const dx = (lon - lon0) * 111 * Math.cos((lat0 * Math.PI) / 180)
          const dy = (lat - lat0) * 111
          return Math.hypot(dx, dy) <= area.km
        })
      expect(ids.length, `camps around ${area.name}`).toBeGreaterThanOrEqual(3)
      const page = await load(shared(), '')
      const start = page.url()
      const pending = new Set(ids)
      for (let round = 0; round < 40 && pending.size > 0; round += 1) {
        const id = [...pending][0] ?? ''
        let target = (await drawnMarkers(page)).find((m) => m.ids.includes(id))
        const map = await rectOf(page, '#camp-map')
        if (!target || !map || !inside(target, map)) {
          // Zoomed in on another group: start again from the default view.
          await page.goto(start)
          await waitUntil(page, (n) => window.__e2e.mapCamps().length === n, data.camps.length, 'the default view again')
          await settle(page)
          target = (await drawnMarkers(page)).find((m) => m.ids.includes(id))
        }
        if (!target) throw new Error(`${id} is not on the map: ${await dumpPage(page)}`)
        const hit = await page.evaluate((p) => {
          const owner = document.elementFromPoint(p.x, p.y)?.closest('[data-camp-id][data-tier], [data-camp-ids]')
          return owner ? (owner.getAttribute('data-camp-id') ?? owner.getAttribute('data-camp-ids')) : null
        }, target)
        expect(hit, `what a click at the centre of the marker of ${target.ids.join(' ')} reaches`).toBe(target.ids.join(' '))
        const zoomBefore = await page.evaluate(() => location.hash)
        await page.mouse.click(target.x, target.y)
        if (target.single) {
          await waitUntil(
            page,
            (want) => document.querySelector('[data-testid="camp-detail"]')?.getAttribute('data-camp-id') === want,
            id,
            `the detail of ${id}`,
          )
          pending.delete(id)
          await page.keyboard.press('Escape')
          await waitUntil(page, () => document.querySelector('[data-testid="camp-detail"]') === null, null, 'the detail to close')
          await settle(page)
          continue
        }
        // A group: it zooms in until its camps separate, or lists them in a chooser.
        await waitUntil(
          page,
          (before) => document.querySelector('[data-testid="group-chooser"]') !== null || location.hash !== before,
          zoomBefore,
          `the group ${target.ids.join(' ')} to zoom in or open its chooser`,
        )
        await settle(page)
        const listed = await page.evaluate(() =>
          Array.from(document.querySelectorAll('[data-testid="group-chooser"] button[data-camp-id]')).map((b) =>
            b.getAttribute('data-camp-id'),
          ),
        )
        if (listed.length > 0) {
          expect([...listed].sort(), 'the chooser lists the camps of its group').toEqual([...target.ids].sort())
          await page.locator(`[data-testid="group-chooser"] button[data-camp-id="${id}"]`).click()
          await waitUntil(
            page,
            (want) => document.querySelector('[data-testid="camp-detail"]')?.getAttribute('data-camp-id') === want,
            id,
            `the detail of ${id} from the chooser`,
          )
          for (const listedId of target.ids) pending.delete(listedId)
          await page.keyboard.press('Escape')
          await waitUntil(page, () => document.querySelector('[data-testid="camp-detail"]') === null, null, 'the detail to close')
          await settle(page)
        }
      }
      expect([...pending], 'camps not reached by clicking their markers').toEqual([])
    })
  }
})

describe('camps at one place', () => {
  it('draws the two Komsomolsk camps side by side (the tier-2 one at its place, the other displaced with a leader), each opened by Enter', async () => {
    // The two Komsomolsk camps share one place. Komsomolsk 1 is tier 2, so it is never
    // grouped (issue 18): the second camp is moved aside with a leader line instead of both
    // being folded into a group with a chooser.
    const komsomolsk = data.camps.filter((c) => c.id.startsWith('komsomolsk')).map((c) => c.id)
    expect(komsomolsk.length).toBe(2)
    const [lon, lat] = data.lngLat.get(komsomolsk[0] ?? '') ?? [0, 0]
    const page = await open(`#map=12/${lat}/${lon}`, SIZES[0])
    expect(await page.locator(`.leaflet-marker-pane [data-camp-ids~="${komsomolsk[0] ?? ''}"]`).count()).toBe(0)
    const tier2 = data.camps.find((c) => c.id === komsomolsk[0])?.tierKey === '2' ? komsomolsk[0] : komsomolsk[1]
    const other = komsomolsk.find((id) => id !== tier2) ?? ''
    expect(await page.locator(`.leaflet-marker-pane [data-camp-id="${tier2 ?? ''}"]`).getAttribute('class')).not.toMatch(/displaced/)
    const moved = page.locator(`.leaflet-marker-pane [data-camp-id="${other}"]`)
    expect(await moved.getAttribute('class')).toMatch(/camp-marker--displaced/)
    await moved.focus()
    await page.keyboard.press('Enter')
    await waitUntil(
      page,
      (want) => document.querySelector('[data-testid="camp-detail"]')?.getAttribute('data-camp-id') === want,
      other,
      'the displaced camp opened by Enter',
    )
  })
})

/** The drawer is on screen: its left edge at the viewport's and its camp list displayed. */
const drawerShown = () => {
  const r = document.getElementById('sidebar')?.getBoundingClientRect()
  return !!r && r.left >= -1 && r.right > 100 && window.__e2e.shown('camp-list')
}

describe('phone', () => {
  const phone = SIZES[2]
  it('closes the drawer with Escape and with a tap beside it; focus returns to its button', async () => {
    const page = await open('', phone)
    const toggle = page.getByTestId('drawer-toggle')
    await toggle.click()
    await waitUntil(page, drawerShown, null, 'the open drawer')
    await page.keyboard.press('Escape')
    await waitUntil(page, () => !window.__e2e.shown('camp-list'), null, 'Escape to close the drawer')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('drawer-toggle')
    await toggle.click()
    await waitUntil(page, drawerShown, null, 'the open drawer')
    const drawer = await rectOf(page, '#sidebar')
    if (!drawer) throw new Error('no drawer')
    await page.mouse.click((drawer.right + phone.width) / 2, phone.height - 120)
    await waitUntil(page, () => !window.__e2e.shown('camp-list'), null, 'a tap beside the drawer to close it')
  })

  it('has a compact header, a default view above the minimum zoom and a bottom sheet with a handle', async () => {
    const page = await open('', phone)
    const header = await rectOf(page, '.app-header')
    expect(header && header.bottom - header.top, 'header height').toBeLessThanOrEqual(70)
    // The map reports its view to the address at an idle moment after its frame.
    const zoom = Number(/^#map=([\d.]+)\//.exec((await writtenUrl(page)).hash)?.[1])
    expect(zoom).toBeGreaterThan(1)
    await page.goto(new URL('?camp=khabarovsk', suite.url()).href)
    await page.getByTestId('camp-detail').waitFor()
    const handle = page.getByTestId('sheet-handle')
    expect(await handle.getAttribute('aria-expanded')).toBe('false')
    const half = await rectOf(page, '[data-testid="camp-detail"]')
    await handle.click()
    expect(await handle.getAttribute('aria-expanded')).toBe('true')
    const full = await rectOf(page, '[data-testid="camp-detail"]')
    expect(full && half && full.bottom - full.top).toBeGreaterThan(half ? half.bottom - half.top + 100 : Infinity)
    await handle.click()
    expect(await handle.getAttribute('aria-expanded')).toBe('false')
  })

  // The group chooser opens only for camps at one place that never separate; in the real data
  // the only such pair includes a tier-2 camp, which is never grouped (issue 18), so the
  // displaced markers at that place are checked instead.
  it('finds no axe-core violation with the drawer, a detail or camps displaced at one place', async () => {
    const found: Record<string, string[]> = {}
    found['?camp=khabarovsk'] = await axeViolations(await open('?camp=khabarovsk', phone))
    // The default view, then the same page with its drawer open.
    const page = await open('', phone)
    found['(default)'] = await axeViolations(page)
    await page.getByTestId('drawer-toggle').click()
    await waitUntil(page, drawerShown, null, 'the open drawer')
    found['(drawer)'] = await axeViolations(page)
    const [lon, lat] = data.lngLat.get('komsomolsk-na-amure-1') ?? [0, 0]
    const desk = await open(`#map=12/${lat}/${lon}`, SIZES[0])
    await desk.locator('.leaflet-marker-pane .camp-marker--displaced').first().waitFor()
    found['(displaced)'] = await axeViolations(desk)
    expect(found).toEqual({ '(default)': [], '?camp=khabarovsk': [], '(drawer)': [], '(displaced)': [] })
  })
})
