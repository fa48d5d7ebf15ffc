import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { REPO_ROOT, STRICT_CSP } from './support/server'
import { DESKTOP, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'

/**
 * Issue 19 end to end, in the production build: a Central Asian camp's panel in Japanese
 * names its 1946 union republic in Japanese, cites its Japanese sources as Japanese
 * bibliographies (sources.json citationJa) in the source list and in "cite this camp",
 * and the legend's note cites the ministry's books in Japanese. Expectations are read
 * from geodata/.
 */

type Source = { id: string; citationJa?: string }
type Region = { slug: string; partOfJa?: string | null }
const read = (path: string): unknown => JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8'))
const sources = (read('geodata/sources.json') as { sources: Source[] }).sources
const regions = (read('geodata/regions.json') as { regions: Region[] }).regions
const campProps = (
  read('geodata/camps.geojson') as { features: { properties: { id: string; region: string; sources: string[] } }[] }
).features.map((f) => f.properties)
const karaganda = campProps.find((c) => c.id === 'karaganda-spassk')!
const republic = regions.find((r) => r.slug === karaganda.region)!.partOfJa!
const citedJa = karaganda.sources.map((id) => sources.find((s) => s.id === id)?.citationJa).filter((c): c is string => c !== undefined)
const legendBook = sources.find((s) => s.id === 'mhlw-hikiage-to-engo-1977')!.citationJa!

const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })
let session: AppSession
let page: Page

beforeAll(async () => {
  session = await suite.open('?lang=ja&camp=karaganda-spassk', { viewport: DESKTOP })
  page = session.page
  await page.getByTestId('camp-notes').waitFor()
})

afterAll(async () => {
  await session.flush()
  const c = session.collected
  expect([...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...c.externalRequests]).toEqual([])
})

describe('the Japanese panel of a camp in the Kazakh SSR', () => {
  it('names the union republic in Japanese, with no English in the region line', async () => {
    expect(republic).toBe('カザフ・ソビエト社会主義共和国')
    const detail = await page.getByTestId('camp-detail').innerText()
    expect(detail).toContain(`（当時は${republic}の一部）`)
    expect(detail).not.toMatch(/SSR/)
  })
  it('cites its Japanese sources as Japanese bibliographies, in the list and in "cite this camp"', async () => {
    expect(citedJa.length).toBeGreaterThan(0)
    const list = await page.locator('[data-testid="camp-detail"] .source-list').innerText()
    for (const citation of citedJa) expect(list).toContain(citation)
    const citation = await page.getByTestId('camp-citation').inputValue()
    expect(citation).toContain('出典：')
    for (const c of citedJa) expect(citation).toContain(c)
  })
  it('cites the ministry’s books in Japanese in the legend’s note', async () => {
    const legend = await page.getByTestId('legend').textContent()
    expect(legendBook).toContain('『引揚げと援護三十年の歩み』')
    expect(legend).toContain(legendBook)
    expect(legend).not.toContain('Hikiage to engo')
  })
})
