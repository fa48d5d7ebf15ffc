import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { REPO_ROOT, STRICT_CSP } from './support/server'
import { DESKTOP, type AppSession } from './support/browser'
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
    expect(search(page).get('site')).toBeNull()
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
})

describe('the burial-site layer in Japanese', () => {
  it('names the layer, the markers and the card in Japanese, with no axe-core violation', async () => {
    const session = await suite.open('?lang=ja&layers=burials&site=irkutsk-radishchev-cemetery', { viewport: DESKTOP })
    const page = session.page
    const card = page.getByTestId('burial-card')
    await card.waitFor()
    expect(await card.locator('h2').innerText()).toBe(site('irkutsk-radishchev-cemetery').nameJa)
    expect(await card.innerText()).toContain('引用')
    expect(await card.getByTestId('burial-buried').innerText()).toBe('406')
    expect(await page.getByTestId('burial-toggle-row').innerText()).toContain('埋葬地・慰霊碑')
    await expect.poll(() => markerCount(page), WAIT).toBe(placed)
    const label = await page.locator('.burial-marker[data-site-id="irkutsk-radishchev-cemetery"]').getAttribute('aria-label')
    expect(label).toBe(`墓地：${site('irkutsk-radishchev-cemetery').nameJa}`)
    expect(await axeViolations(page)).toEqual([])
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
