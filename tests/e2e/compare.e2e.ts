import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { DESKTOP, type AppSession } from './support/browser'
import { countByTier, loadExpected, TIER_KEYS } from './support/data'
import { setUpBrowserSuite } from './support/suite'
import { axeViolations } from './support/axe'

/**
 * Issue 22: two regions or areas compared side by side from a link a historian can cite
 * (`?compare=a,b`), made by ticking two regions in the table of all regions, in English and
 * Japanese; a bad link falls back to no comparison. Counts are read from geodata/.
 */

const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })
const expected = loadExpected()
const WAIT = { timeout: 30_000, interval: 100 }
const compareParam = (page: Page) => new URL(page.url()).searchParams.get('compare')

/** The comparison's cells for one row, left and right. */
function cells(page: Page, row: string): Promise<string[]> {
  return page
    .locator(`[data-testid="place-comparison"] tr[data-row="${row}"] td`)
    .evaluateAll((tds) => tds.map((td) => (td.textContent ?? '').trim()))
}

describe('regions compared from a link', () => {
  let session: AppSession
  let page: Page
  beforeAll(async () => {
    session = await suite.open('?compare=chita-oblast,khabarovsk-krai', { viewport: DESKTOP })
    page = session.page
    await page.getByTestId('place-comparison').waitFor()
  })
  afterAll(async () => {
    await session.flush()
    const c = session.collected
    expect([...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...c.externalRequests]).toEqual([])
  })

  it('?compare=a,b shows the two regions side by side with their camps by tier, as geodata has them', async () => {
    const heads = await page
      .locator('[data-testid="place-comparison"] thead th')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-place')))
    expect(heads).toEqual(['chita-oblast', 'khabarovsk-krai'])
    const chita = expected.camps.filter((c) => c.region === 'chita-oblast')
    const khabarovsk = expected.camps.filter((c) => c.region === 'khabarovsk-krai')
    expect(await cells(page, 'camps')).toEqual([String(chita.length), String(khabarovsk.length)])
    for (const tier of TIER_KEYS) {
      expect(await cells(page, `tier-${tier}`)).toEqual([String(countByTier(chita)[tier]), String(countByTier(khabarovsk)[tier])])
    }
    // The table of all regions is open, the two ticked.
    expect(await page.getByTestId('region-table').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
    const ticked = await page
      .locator('[data-testid="region-table"] tr:has([data-testid="region-compare"]:checked)')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')))
    expect(ticked.sort()).toEqual(['chita-oblast', 'khabarovsk-krai'])
    expect(await axeViolations(page)).toEqual([])
  })

  it('ends the comparison, and makes a new one linkable by ticking two regions', async () => {
    await page.getByTestId('place-comparison-close').click()
    await expect.poll(() => compareParam(page), WAIT).toBeNull()
    expect(await page.getByTestId('place-comparison').count()).toBe(0)
    await page.locator('[data-testid="region-table"] tr[data-region="irkutsk-oblast"] [data-testid="region-compare"]').check()
    // One region ticked is not yet a comparison.
    expect(compareParam(page)).toBeNull()
    await page.locator('[data-testid="region-table"] tr[data-region="chita-oblast"] [data-testid="region-compare"]').check()
    await expect.poll(() => compareParam(page), WAIT).toBe('irkutsk-oblast,chita-oblast')
    await page.getByTestId('place-comparison').waitFor()
    const irkutsk = expected.camps.filter((c) => c.region === 'irkutsk-oblast')
    await expect
      .poll(() => cells(page, 'camps'), WAIT)
      .toEqual([String(irkutsk.length), String(expected.camps.filter((c) => c.region === 'chita-oblast').length)])
  })

  it('compares an area with a region, in Japanese', async () => {
    await suite.goto(session, '?lang=ja&compare=central-asia,chita-oblast')
    const panel = page.getByTestId('place-comparison')
    await panel.waitFor()
    expect(await panel.locator('h2').innerText()).toMatch(/^中央アジア.*と.*の比較$/)
    const area = expected.camps.filter((c) => c.area === 'central-asia')
    expect((await cells(page, 'camps'))[0]).toBe(String(area.length))
    expect(await axeViolations(page)).toEqual([])
  })

  it('falls back to no comparison for a bad link', async () => {
    await suite.goto(session, '?compare=chita-oblast,atlantis')
    await page.getByTestId('shown-count').waitFor()
    expect(await page.getByTestId('place-comparison').count()).toBe(0)
    await suite.goto(session, '?compare=chita-oblast')
    expect(await page.getByTestId('place-comparison').count()).toBe(0)
  })
})
