import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { waitUntil, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { loadExpected, type Expected, type TierKey } from './support/data'

/**
 * Issue 18 end to end: the ministry's tier symbols at first glance. At the default view of
 * the full map (1440×900, 1024×768, 390×844, in Japanese) and of an embed (700×480 and a
 * 350-px column): every tier-1 and tier-2 camp is drawn as its own marker with the right
 * `data-tier`, inside the map and not under anything (document.elementFromPoint at its
 * centre finds it), and every group marker's `data-tiers` names exactly its members' tiers.
 */

const data: Expected = loadExpected()
const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })
const BIG = data.camps.filter((c) => c.tierKey === '1' || c.tierKey === '2')
const TIER_ORDER: readonly TierKey[] = ['1', '2', '3', '4', 'unknown']

const sessions: AppSession[] = []
afterAll(async () => {
  for (const s of sessions.splice(0)) await s.close()
})

type Seen = {
  singles: { id: string; tier: string; inMap: boolean; hitSelf: boolean; covering: string }[]
  groups: { ids: string[]; tiers: string; label: string; count: string }[]
}

/** What the map draws: each single marker (is its centre inside the map and is it what is found there) and each group. */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const map = document.getElementById('camp-map')?.getBoundingClientRect()
    const singles = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-camp-id][data-tier]')].map((el) => {
      const r = el.getBoundingClientRect()
      const x = r.left + r.width / 2
      const y = r.top + r.height / 2
      const hit = document.elementFromPoint(x, y)
      const owner = hit?.closest('[data-camp-id]')
      return {
        id: el.dataset.campId ?? '',
        tier: el.dataset.tier ?? '',
        inMap: map !== undefined && x >= map.left && x <= map.right && y >= map.top && y <= map.bottom,
        hitSelf: owner === el,
        covering: hit === null ? 'nothing' : `${hit.tagName}.${hit.getAttribute('class') ?? ''}`,
      }
    })
    const groups = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-camp-ids]')].map((el) => ({
      ids: (el.dataset.campIds ?? '').split(' '),
      tiers: el.dataset.tiers ?? '',
      label: el.getAttribute('aria-label') ?? '',
      count: el.querySelector('.camp-group__count')?.textContent ?? '',
    }))
    return { singles, groups }
  })
}

/** The checks of the issue, on the page as it is. */
async function expectTiersFirst(page: Page, shown: readonly string[] = data.camps.map((c) => c.id)): Promise<void> {
  const { singles, groups } = await seen(page)
  const byId = new Map(singles.map((s) => [s.id, s]))
  const big = BIG.filter((c) => shown.includes(c.id))
  expect(big.length, 'tier-1/2 camps in view').toBeGreaterThan(0)
  for (const camp of big) {
    const own = byId.get(camp.id)
    expect(own, `${camp.id} (tier ${camp.tierKey}) has its own marker`).toBeDefined()
    expect(own?.tier, `${camp.id}'s data-tier`).toBe(camp.tierKey)
    expect(own?.inMap, `${camp.id}'s marker inside the map`).toBe(true)
    expect(own?.hitSelf, `${camp.id}'s marker is not under anything (found ${own?.covering ?? ''})`).toBe(true)
  }
  for (const group of groups) {
    const tiers = group.ids.map((id) => data.byId.get(id)?.tierKey)
    expect(group.tiers, `data-tiers of the group ${group.ids.join(' ')}`).toBe(TIER_ORDER.filter((t) => tiers.includes(t)).join(' '))
    expect(
      tiers.filter((t) => t === '1' || t === '2'),
      'no tier-1/2 camp in a group',
    ).toEqual([])
    expect(group.count, 'the group count reads ×n').toBe(`×${String(group.ids.length)}`)
    // The accessible name says how many camps, and how many of each tier.
    expect(group.label).toContain(String(group.ids.length))
  }
  // Every camp shown is drawn once, on its own or in a group.
  expect([...singles.map((s) => s.id), ...groups.flatMap((g) => g.ids)].sort()).toEqual([...shown].sort())
}

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const session = await suite.open(path, { viewport, waitForMarkers: data.camps.length })
  sessions.push(session)
  await session.page.emulateMedia({ reducedMotion: 'reduce' })
  await waitUntil(session.page, () => location.hash.includes('map='), null, 'the default view written to the address')
  return session.page
}

describe.each([
  { name: '1440×900', width: 1440, height: 900 },
  { name: '1024×768', width: 1024, height: 768 },
  { name: '390×844', width: 390, height: 844 },
])('the default view at $name', (size) => {
  it('draws every tier-1 and tier-2 camp as its own visible marker; groups name their tiers', async () => {
    const page = await open('', size)
    await expectTiersFirst(page)
    if (size.width === 1440) {
      // The legend explains the group marker and the catalogue number.
      expect(await page.locator('[data-legend-row="group"] svg').count()).toBe(1)
      expect(await page.locator('[data-legend-row="number"]').textContent()).toMatch(/#36.*not a Soviet camp number/)
      // Zooming in and out regroups: the rule holds at other zooms too.
      await page.evaluate(() => {
        location.hash = '#map=4/50/110'
      })
      await waitUntil(page, () => document.querySelectorAll('.leaflet-marker-pane [data-camp-id]').length > 0, null, 'markers at zoom 4')
      const { groups } = await seen(page)
      for (const g of groups) expect(g.ids.map((id) => data.byId.get(id)?.tierKey).filter((t) => t === '1' || t === '2')).toEqual([])
      // "Show all camps" beside the zoom buttons brings every camp back into view.
      await page.getByTestId('show-all').click()
      await waitUntil(page, () => Number(/map=([\d.]+)/.exec(location.hash)?.[1] ?? 99) < 4, null, 'the view fitted to all camps')
      await expectTiersFirst(page)
    }
  })
})

describe('in Japanese', () => {
  it('draws the tier-1/2 camps on their own and names group tiers in Japanese', async () => {
    const page = await open('?lang=ja', { width: 1440, height: 900 })
    await expectTiersFirst(page)
    const { groups } = await seen(page)
    expect(groups.length).toBeGreaterThan(0)
    for (const g of groups) expect(g.label).toMatch(/か所/)
    expect(await page.locator('[data-legend-row="number"]').textContent()).toMatch(/地図番号/)
  })
})

describe('embeds', () => {
  it('a 700×480 embed of every camp shows every tier-1/2 camp on its own', async () => {
    const page = await open('embed.html', { width: 700, height: 480 })
    await expectTiersFirst(page)
  })
  it('a 350-px article column of every camp shows every tier-1/2 camp on its own', async () => {
    const page = await open('embed.html', { width: 350, height: 480 })
    await expectTiersFirst(page)
  })
})
