import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { waitUntil } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { loadExpected, type Expected } from './support/data'
import { mapAtRest } from './support/settle'

/**
 * Issue 18: the markers are reached by Tab in a predictable reading order. After the map's
 * own controls (the legend, the zoom buttons, "show all camps"), every marker once, west to
 * east by its camp's true longitude (a group by its first camp's), whatever the screen.
 * And the other camps of a link (camp=a,b,c) are marked on the map, never grouped away.
 */

const data: Expected = loadExpected()
const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } }, { checkEachTest: true })

type Stop = { kind: 'marker' | 'zoom-in' | 'zoom-out' | 'show-all' | 'legend' | 'other'; ids: string[] }

/** Tabs from the first focusable element of the map area until focus leaves it; what each stop is. */
async function tabThroughMap(page: Page): Promise<Stop[]> {
  // Each focus is classified in the page as it happens (null: outside the map area), and read
  // after a batch of keys: one round trip per batch, not two per key.
  await page.evaluate(() => {
    const landed: (Stop | null)[] = []
    ;(window as unknown as { __stops: (Stop | null)[] }).__stops = landed
    document.addEventListener('focusin', (event) => {
      const el = event.target
      if (!(el instanceof HTMLElement) || el.closest('.map-area') === null) {
        landed.push(null)
        return
      }
      const ids = (el.dataset.campId ?? el.dataset.campIds ?? '').split(' ').filter((s) => s !== '')
      if (el.closest('.leaflet-marker-pane') !== null && ids.length > 0) landed.push({ kind: 'marker', ids })
      else if (el.classList.contains('leaflet-control-zoom-in')) landed.push({ kind: 'zoom-in', ids: [] })
      else if (el.classList.contains('leaflet-control-zoom-out')) landed.push({ kind: 'zoom-out', ids: [] })
      else if (el.dataset.testid === 'show-all') landed.push({ kind: 'show-all', ids: [] })
      else if (el.closest('.legend, .map-overlay') !== null) landed.push({ kind: 'legend', ids: [] })
      else landed.push({ kind: 'other', ids: [] })
    })
    const area = document.querySelector('.map-area')
    const first = area?.querySelector<HTMLElement>('button, a[href], input, summary, [tabindex="0"]')
    first?.focus()
  })
  const stops: Stop[] = []
  for (let pressed = 0; pressed < 400; pressed += BATCH) {
    const landed = (await page.evaluate(() => (window as unknown as { __stops: (Stop | null)[] }).__stops)) as (Stop | null)[]
    stops.length = 0
    for (const stop of landed) {
      if (stop === null) return stops
      stops.push(stop)
      if (stop.kind === 'other' && stops.some((s) => s.kind === 'marker')) return stops
    }
    for (let i = 0; i < BATCH; i += 1) await page.keyboard.press('Tab')
  }
  return stops
}

/** Tab presses between two reads of where focus went. */
const BATCH = 10

async function checkOrder(page: Page): Promise<void> {
  await mapAtRest(page)
  const drawn = await page.evaluate(
    () => document.querySelectorAll('.leaflet-marker-pane [data-camp-id], .leaflet-marker-pane [data-camp-ids]').length,
  )
  const stops = await tabThroughMap(page)
  const kinds = stops.map((s) => s.kind)
  const firstMarker = kinds.indexOf('marker')
  expect(firstMarker, 'a marker is reached').toBeGreaterThan(0)
  for (const control of ['legend', 'zoom-in', 'zoom-out', 'show-all'] as const) {
    const at = kinds.indexOf(control)
    expect(at, `${control} reached`).toBeGreaterThanOrEqual(0)
    expect(at, `${control} before the markers`).toBeLessThan(firstMarker)
  }
  const markers = stops.filter((s) => s.kind === 'marker')
  const lastMarker = kinds.lastIndexOf('marker')
  expect(
    kinds.slice(firstMarker, lastMarker + 1).every((k) => k === 'marker'),
    'the markers one after another',
  ).toBe(true)
  expect(markers.length, 'every marker drawn, once').toBe(drawn)
  expect(new Set(markers.map((m) => m.ids.join(' '))).size).toBe(markers.length)
  const lngs = markers.map((m) => data.lngLat.get(m.ids[0] ?? '')?.[0] ?? Number.NaN)
  expect(lngs.every((x) => Number.isFinite(x))).toBe(true)
  expect(lngs, 'west to east by true longitude').toEqual([...lngs].sort((a, b) => a - b))
}

describe.each([
  { name: '1440×900', width: 1440, height: 900 },
  { name: '390×844', width: 390, height: 844 },
])('Tab order at $name', (size) => {
  it('reaches the legend and the map controls first, then every marker west to east', async () => {
    const { page } = await suite.open('', { viewport: size, waitForMarkers: data.camps.length })
    await waitUntil(page, () => location.hash.includes('map='), null, 'the default view written to the address')
    await checkOrder(page)
  })
})

describe('the other camps of a link', () => {
  // Three camps of one region, close together: at the default view the two lower-tier ones would share a group.
  const region = [...new Set(data.camps.map((c) => c.region))]
    .map((r) => data.camps.filter((c) => c.region === r && c.tierKey !== '1' && c.tierKey !== '2'))
    .sort((a, b) => b.length - a.length)[0]!
  const [first, ...others] = region.slice(0, 3)
  const link = [first!.id, ...others.map((c) => c.id)]

  it.each(['en', 'ja'] as const)('are marked (is-linked, "linked" in their names) and drawn on their own, in %s', async (lang) => {
    const { page } = await suite.open(`?camp=${link.join(',')}${lang === 'ja' ? '&lang=ja' : ''}`, { waitForMarkers: data.camps.length })
    await mapAtRest(page)
    await waitUntil(
      page,
      (id) => document.querySelector(`[data-camp-id="${id}"].camp-marker--selected`) !== null,
      link[0],
      'the open camp marked',
    )
    // Zoomed out to the whole map, the link's other camps still stand on their own.
    await page.evaluate(() => {
      location.hash = '#map=3/55/100'
    })
    await mapAtRest(page)
    const seen = await page.evaluate(
      (ids) => {
        return ids.map((id) => {
          const el = document.querySelector<HTMLElement>(`.leaflet-marker-pane [data-camp-id="${id}"]`)
          const grouped = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-camp-ids]')].some((g) =>
            (g.dataset.campIds ?? '').split(' ').includes(id),
          )
          return {
            id,
            own: el !== null,
            linked: el?.classList.contains('is-linked') ?? false,
            label: el?.getAttribute('aria-label') ?? '',
            grouped,
          }
        })
      },
      others.map((c) => c.id),
    )
    for (const s of seen) {
      expect(s.own, `${s.id} has its own marker`).toBe(true)
      expect(s.grouped, `${s.id} is in no group`).toBe(false)
      expect(s.linked, `${s.id} is marked as linked`).toBe(true)
      expect(s.label, `${s.id}'s accessible name`).toMatch(lang === 'ja' ? /リンク/ : /linked/)
    }
    // Only the link's other camps carry the mark.
    expect(await page.locator('.leaflet-marker-pane .is-linked').count()).toBe(others.length)
  })
})
