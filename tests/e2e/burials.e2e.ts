import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { REPO_ROOT, STRICT_CSP } from './support/server'
import { DESKTOP, waitUntil, type AppSession } from './support/browser'
import { mapAtRest, writtenUrl } from './support/settle'
import { setUpBrowserSuite } from './support/suite'
import { axeViolations } from './support/axe'

/**
 * Issue 20 end to end, in the production build under the strict CSP: the burial-site layer
 * turned on and off from the legend and by the URL, a site's card, a camp's sites
 * (?camp=chita) shown on the map, Japanese, keyboard and axe-core with the layer on, and an
 * embed with layers=burials. Every expectation is read from geodata/.
 */

type SiteProps = {
  id: string
  name: string
  nameJa: string
  nameRu: string | null
  camp: string | null
  buried: number | null
  buriedWhatJa: string
  quote: string
}
type SiteFeature = { geometry: { coordinates: number[] } | null; properties: SiteProps }
const siteFeatures = (JSON.parse(readFileSync(join(REPO_ROOT, 'geodata/burial-sites.geojson'), 'utf8')) as { features: SiteFeature[] })
  .features
const placed = siteFeatures.filter((f) => f.geometry !== null).length
const site = (id: string): SiteProps => {
  const found = siteFeatures.find((f) => f.properties.id === id)
  if (!found) throw new Error(`${id} is not in geodata/burial-sites.geojson`)
  return found.properties
}
const chitaSites = siteFeatures.filter((f) => f.properties.camp === 'chita').map((f) => f.properties)

const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })

/** Waits on a condition, never on time: the machine may be busy. */
const WAIT = { timeout: 30_000, interval: 100 }
const markerCount = (page: Page) => page.locator('.burial-marker').count()
const search = (page: Page) => new URL(page.url()).searchParams

/** Types a query and returns the options under the box once the burial sites have joined them. */
async function searchOptions(page: Page, query: string, siteId: string): Promise<{ id: string; kind: string; text: string }[]> {
  await page.getByTestId('search').fill(query)
  await waitUntil(
    page,
    (id) => document.querySelector(`[data-testid="search-results"] [role="option"][data-kind="site"][data-id="${id}"]`) !== null,
    siteId,
    `the site ${siteId} under the box for "${query}"`,
  )
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="search-results"] [role="option"]')].map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      kind: el.getAttribute('data-kind') ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  )
}

/** The map's zoom from `#map=zoom/lat/lon`. */
const hashZoom = (page: Page) => Number(/^#map=([\d.]+)\//.exec(new URL(page.url()).hash)?.[1] ?? Number.NaN)

/** Whether a site's marker is drawn inside the map and clear of its open card. */
function markerBesideCard(page: Page, id: string): Promise<boolean> {
  return page.evaluate((siteId) => {
    const marker = document.querySelector(`.burial-marker[data-site-id="${siteId}"]`)?.getBoundingClientRect()
    const map = document.querySelector('.leaflet-container')?.getBoundingClientRect()
    const card = document.querySelector('[data-testid="burial-card"]')?.getBoundingClientRect()
    if (!marker || !map || !card) return false
    const cx = marker.left + marker.width / 2
    const cy = marker.top + marker.height / 2
    const inMap = cx > map.left && cx < map.right && cy > map.top && cy < map.bottom
    const underCard = cx > card.left && cx < card.right && cy > card.top && cy < card.bottom
    return inMap && !underCard
  }, id)
}

async function problems(session: AppSession): Promise<string[]> {
  await session.flush()
  const c = session.collected
  return [...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...c.externalRequests]
}

describe('the burial-site layer in the full app', () => {
  let session: AppSession
  let page: Page
  beforeAll(async () => {
    session = await suite.open('', { viewport: DESKTOP })
    page = session.page
    await page.getByTestId('shown-count').waitFor()
  })
  afterAll(async () => {
    expect(await problems(session)).toEqual([])
  })

  it('is off at first and turned on and off from the legend in one click, kept in the URL', async () => {
    const toggle = page.getByTestId('burial-toggle')
    expect(await toggle.isChecked()).toBe(false)
    expect(await markerCount(page)).toBe(0)
    await toggle.click()
    await expect.poll(() => markerCount(page), WAIT).toBe(placed)
    await expect.poll(() => search(page).get('layers'), WAIT).toBe('burials')
    expect(await page.getByTestId('burial-coverage').innerText()).toContain(
      'none was found in our sources — that does not mean there is none',
    )
    await toggle.click()
    await expect.poll(() => markerCount(page), WAIT).toBe(0)
    await expect.poll(() => search(page).get('layers'), WAIT).toBeNull()
  })

  it('is turned on by layers=burials, each placed site named, none drawn for a site without a position', async () => {
    await page.goto(new URL('?layers=burials', suite.url()).href)
    await expect.poll(() => markerCount(page), WAIT).toBe(placed)
    expect(await page.getByTestId('burial-toggle').isChecked()).toBe(true)
    const labels = await page.locator('.burial-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    expect(labels.every((l) => l.length > 3)).toBe(true)
    expect(await page.locator('.burial-marker[data-site-id="khada-bulak-memorial"]').count()).toBe(0)
  })

  it('opens a site card from the keyboard with its three names, number, what it is, camp link, source and quote', async () => {
    const bukachacha = site('bukachacha-mine-2')
    const marker = page.locator('.burial-marker[data-site-id="bukachacha-mine-2"]')
    await marker.focus()
    await page.keyboard.press('Enter')
    const card = page.getByTestId('burial-card')
    await card.waitFor()
    await expect.poll(() => search(page).get('site'), WAIT).toBe('bukachacha-mine-2')
    const text = await card.innerText()
    expect(text).toContain(bukachacha.name)
    expect(text).toContain(bukachacha.nameJa)
    expect(text).toContain(bukachacha.nameRu ?? '')
    expect(await card.getByTestId('burial-buried').innerText()).toBe('731')
    expect(await card.getByTestId('burial-what').innerText()).toContain('MHLW register')
    expect(await card.getByTestId('burial-quote').innerText()).toBe(bukachacha.quote)
    expect(await card.locator('.source-list a').getAttribute('href')).toBe('http://www3.plala.or.jp/naga0607/r2.htm')
    expect(await card.getByTestId('burial-confidence').innerText()).toBe('medium')
    expect(await axeViolations(page)).toEqual([])
    await card.getByTestId('burial-camp-link').click()
    await page.locator('[data-testid="camp-detail"][data-camp-id="bukachacha"]').waitFor()
    expect((await writtenUrl(page)).searchParams.get('site')).toBeNull()
  })

  it('lists a camp’s sites with numbers and sources (?camp=chita) and shows them on the map', async () => {
    await page.goto(new URL('?camp=chita', suite.url()).href)
    const list = page.getByTestId('camp-burials')
    await list.waitFor()
    expect(await markerCount(page)).toBe(0)
    for (const s of chitaSites) {
      const item = list.locator(`li[data-site-id="${s.id}"]`)
      const text = await item.innerText()
      expect(text).toContain(s.name)
      if (s.buried !== null) expect(text).toContain(s.buried.toLocaleString('en-GB'))
      expect(text).toMatch(/Sources: \S/)
    }
    await list.getByTestId('camp-burials-show').click()
    await expect.poll(() => search(page).get('layers'), WAIT).toBe('burials')
    await expect
      .poll(() => page.locator('.burial-marker--of-camp').count(), WAIT)
      .toBe(siteFeatures.filter((f) => f.properties.camp === 'chita' && f.geometry !== null).length)
    expect(search(page).get('camp')).toBe('chita')
  })

  it('tells families how to look for a relative, with the layer named', async () => {
    const steps = await page.getByTestId('camp-families-steps').innerText()
    expect(steps).toContain('burial site')
    expect(steps).toContain('camp numbers')
  })

  it('lists burial sites in the search box’s results, after the camps, saying what they are and why they matched', async () => {
    await page.goto(suite.url())
    const options = await searchOptions(page, 'Chita', 'chita-peace-memorial')
    expect(options[0]).toMatchObject({ id: 'chita', kind: 'camp' })
    const kinds = options.map((o) => o.kind)
    expect(kinds.lastIndexOf('camp')).toBeLessThan(kinds.indexOf('site'))
    expect(options.find((o) => o.id === 'chita-peace-memorial')?.text).toContain('Memorial (burial sites and memorials)')
    // The Russian name found, and said so; a register number found, and said so.
    const russian = await searchOptions(page, 'Радищевское', 'irkutsk-radishchev-cemetery')
    expect(russian).toHaveLength(1)
    expect(russian[0]?.text).toContain('Cemetery (burial sites and memorials) · Russian name Радищевское кладбище (Иркутск)')
    const register = await searchOptions(page, '3006', 'chita-peace-memorial')
    expect(register.find((o) => o.id === 'chita-peace-memorial')?.text).toContain(
      'in the sources: camp 24, branches 2, 7, 8 (MHLW no. 3006)',
    )
    expect(await page.getByTestId('burial-search-results').count(), 'no second list under the count').toBe(0)
  })

  it('opens a site chosen from the results: the layer turned on, its card open, the map on it', async () => {
    await searchOptions(page, 'Bukachacha pine', 'bukachacha-mine-2')
    await page.getByTestId('search').press('Enter')
    const card = page.getByTestId('burial-card')
    await card.waitFor()
    expect(await card.locator('h2').innerText()).toBe(site('bukachacha-mine-2').name)
    await expect.poll(() => search(page).get('site'), WAIT).toBe('bukachacha-mine-2')
    expect(search(page).get('layers')).toBe('burials')
    await expect.poll(() => markerCount(page), WAIT).toBe(placed)
    await expect.poll(() => markerBesideCard(page, 'bukachacha-mine-2'), WAIT).toBe(true)
    expect(await axeViolations(page)).toEqual([])
  })

  it('centres a ?site= link without #map= on the site, with the layer on', async () => {
    await page.goto(new URL('?site=khabarovsk-japanese-cemetery', suite.url()).href)
    await page.getByTestId('burial-card').waitFor()
    expect(await page.getByTestId('burial-toggle').isChecked()).toBe(true)
    await expect.poll(() => hashZoom(page), WAIT).toBeGreaterThanOrEqual(6)
    await mapAtRest(page)
    expect(await markerBesideCard(page, 'khabarovsk-japanese-cemetery')).toBe(true)
  })

  it('opens the card of a ?site= without a position and leaves the map where it was', async () => {
    await page.goto(new URL('?site=khada-bulak-memorial', suite.url()).href)
    const card = page.getByTestId('burial-card')
    await card.waitFor()
    expect(await card.locator('h2').innerText()).toBe(site('khada-bulak-memorial').name)
    await expect.poll(() => markerCount(page), WAIT).toBe(placed)
    await mapAtRest(page)
    // The whole area, fitted: not a site's close view.
    expect(hashZoom(page)).toBeLessThan(6)
  })
})

describe('the burial-site layer in Japanese', () => {
  it('names the layer, the markers and the card in Japanese, with no axe-core violation', async () => {
    // site= alone: the layer turns on with it, and the map centres on the site.
    const session = await suite.open('?lang=ja&site=irkutsk-radishchev-cemetery', { viewport: DESKTOP })
    const page = session.page
    const card = page.getByTestId('burial-card')
    await card.waitFor()
    expect(await card.locator('h2').innerText()).toBe(site('irkutsk-radishchev-cemetery').nameJa)
    expect(await card.innerText()).toContain('引用')
    expect(await card.getByTestId('burial-buried').innerText()).toBe('406')
    // What the number is, in Japanese (not the English with a note).
    expect(await card.getByTestId('burial-what').innerText()).toBe(site('irkutsk-radishchev-cemetery').buriedWhatJa)
    expect(await card.getByTestId('burial-what').getAttribute('lang')).toBe('ja')
    // The region by its Japanese name from the table of regions, not the source's English.
    expect(await card.getByTestId('burial-region').innerText()).toBe('イルクーツク州')
    expect(await page.getByTestId('burial-toggle-row').innerText()).toContain('埋葬地・慰霊碑')
    await expect.poll(() => markerCount(page), WAIT).toBe(placed)
    const label = await page.locator('.burial-marker[data-site-id="irkutsk-radishchev-cemetery"]').getAttribute('aria-label')
    expect(label).toBe(`墓地：${site('irkutsk-radishchev-cemetery').nameJa}`)
    await expect.poll(() => hashZoom(page), WAIT).toBeGreaterThanOrEqual(6)
    await mapAtRest(page)
    expect(await markerBesideCard(page, 'irkutsk-radishchev-cemetery')).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    // A site found in Japanese under the box, said to be a cemetery, opened by Enter.
    const options = await searchOptions(page, 'ハバロフスク日本人墓地', 'khabarovsk-japanese-cemetery')
    expect(options).toEqual([
      { id: 'khabarovsk-japanese-cemetery', kind: 'site', text: `${site('khabarovsk-japanese-cemetery').nameJa}墓地（埋葬地・慰霊碑）` },
    ])
    await page.getByTestId('search').press('Enter')
    await expect.poll(() => search(page).get('site'), WAIT).toBe('khabarovsk-japanese-cemetery')
    expect(await card.locator('h2').innerText()).toBe(site('khabarovsk-japanese-cemetery').nameJa)
    expect(await problems(session)).toEqual([])
  })
})

describe('the burial-site layer in an embed', () => {
  it('draws the layer with layers=burials', async () => {
    const session = await suite.open('embed.html?layers=burials', { viewport: { width: 800, height: 500 } })
    await expect.poll(() => markerCount(session.page), WAIT).toBe(placed)
    expect(await problems(session)).toEqual([])
  })
})
