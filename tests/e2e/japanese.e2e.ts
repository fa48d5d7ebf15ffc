import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { REPO_ROOT, STRICT_CSP } from './support/server'
import { DESKTOP, waitUntil, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { axeViolations } from './support/axe'
import { writtenUrl } from './support/settle'

/**
 * Issue 11 end to end, in the production build under the strict CSP: a camp's texts in
 * Japanese, the spellings people search for, when a camp held Japanese, the history panel
 * (chart, table, ministry link, axe-core clean), and no label said twice. Every expectation
 * is read from geodata/.
 */

type CampProps = {
  id: string
  number: number
  name: string
  nameJa: string
  notes: string
  notesJa: string
  campNumbers: string[]
  opened: string | null
  closed: string | null
  tier: number | null
}
const camps = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'geodata/camps.geojson'), 'utf8')) as { features: { properties: CampProps }[] }
).features.map((f) => f.properties)
const camp = (id: string): CampProps => {
  const found = camps.find((c) => c.id === id)
  if (!found) throw new Error(`${id} is not in geodata/camps.geojson`)
  return found
}
const history = JSON.parse(readFileSync(join(REPO_ROOT, 'geodata/history.json'), 'utf8')) as {
  repatriation: { rows: { year: number; released: number | null }[] }
}
const MHLW = 'https://www.mhlw.go.jp/topics/bukyoku/syakai/soren/index.html'
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/

const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })
const sessions: AppSession[] = []

async function open(path: string): Promise<Page> {
  const session = await suite.open(path, { viewport: DESKTOP })
  sessions.push(session)
  await session.page.getByTestId('shown-count').waitFor()
  return session.page
}

afterEach(async () => {
  const problems: string[] = []
  for (const s of sessions.splice(0)) {
    await s.flush()
    const c = s.collected
    problems.push(...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...c.externalRequests)
  }
  expect(problems).toEqual([])
})

describe('a camp in Japanese', () => {
  it('shows the Japanese notes, dates and camp number with ?lang=ja&camp=taishet', async () => {
    const taishet = camp('taishet')
    const page = await open('?lang=ja&camp=taishet')
    const notes = page.getByTestId('camp-notes')
    await notes.waitFor()
    expect(await notes.getAttribute('lang')).toBe('ja')
    const text = await notes.innerText()
    expect(text).toMatch(JAPANESE)
    expect(text).toContain(taishet.notesJa.slice(0, 40))
    expect(text).not.toContain('英語のみ')
    expect(await page.getByTestId('camp-numbers').innerText()).toBe(taishet.campNumbers.map((n) => `第${n}号収容所`).join('、'))
    const held = await page.getByTestId('camp-held').innerText()
    if (taishet.opened !== null && taishet.closed === null) expect(held).toBe(`${taishet.opened.slice(0, 4)}年から`)
    expect(await page.getByTestId('camp-confidence').innerText()).toContain('どの場所か')
  })

  it('says when each camp held Japanese, in English and in Japanese', async () => {
    const both = camps.find(
      (c) => c.opened !== null && c.closed !== null && /^\d{4}$/.test(c.opened) && /^\d{4}$/.test(c.closed) && c.opened !== c.closed,
    )
    const none = camps.find((c) => c.opened === null && c.closed === null)
    expect(both, 'a camp with both years in geodata').toBeDefined()
    expect(none, 'a camp without dates in geodata').toBeDefined()
    let page = await open(`?camp=${both!.id}`)
    await expect.poll(() => page.getByTestId('camp-held').innerText()).toBe(`${both!.opened}–${both!.closed}`)
    page = await open(`?camp=${both!.id}&lang=ja`)
    await expect.poll(() => page.getByTestId('camp-held').innerText()).toBe(`${both!.opened}〜${both!.closed}年`)
    page = await open(`?camp=${none!.id}`)
    await expect.poll(() => page.getByTestId('camp-held').innerText()).toBe('not known')
  })

  it('links to the ministry lists, in a new tab without opener, and offers the camp link and citation', async () => {
    const page = await open('?camp=taishet')
    const link = page.getByTestId('camp-mhlw-link')
    await link.waitFor()
    expect(await link.getAttribute('href')).toBe(MHLW)
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toContain('noopener')
    const url = await page.getByTestId('camp-link').inputValue()
    expect(new URL(url).search).toBe('?camp=taishet')
    const citation = await page.getByTestId('camp-citation').inputValue()
    expect(citation).toContain('Taishet')
    expect(citation).toContain(url)
    expect(citation).toMatch(/Dataset version \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)/)
  })
})

describe('no label said twice', () => {
  it('names an unknown tier once in the detail and in the markers’ labels', async () => {
    const unknown = camps.find((c) => c.tier === null)!
    const page = await open(`?camp=${unknown.id}`)
    const tier = page.locator('[data-testid="camp-detail"] .detail__tier')
    await tier.waitFor()
    expect((await tier.innerText()).trim()).toBe('Tier not established')
    await waitUntil(page, () => window.__e2e.markers().length > 0, undefined, 'markers')
    const labels = await page.evaluate(() => window.__e2e.markers().map((m) => m.label))
    const repeated = labels.filter((l) => /tier not established.*tier not established/i.test(l))
    expect(repeated).toEqual([])
    expect(labels.some((l) => l.includes('Tier not established'))).toBe(true)
  })
})

// The spellings people search for (aliases, kana, Cyrillic, camp numbers) are unit tests
// against the bundled data: src/filter/search-geodata.test.ts.

describe('the history panel', () => {
  it('opens from the header, keeps its own URL, and shows the chart, the table and the ministry link', async () => {
    const page = await open('?lang=ja')
    await page.getByTestId('history-open').click()
    const panel = page.getByTestId('history')
    await panel.waitFor()
    expect((await writtenUrl(page)).searchParams.get('panel')).toBe('history')
    const chart = panel.getByTestId('history-chart')
    expect(await chart.getAttribute('role')).toBe('img')
    expect(await chart.getAttribute('aria-label')).toContain('1946年：18,616人')
    const known = history.repatriation.rows.filter((r) => r.released !== null)
    expect(await chart.locator('g[data-kind="bar"]').count()).toBe(known.length)
    expect(await chart.locator('g[data-kind="missing"]').count()).toBe(history.repatriation.rows.length - known.length)
    const rows = await panel.getByTestId('history-table').locator('tbody tr').allInnerTexts()
    expect(rows.length).toBe(history.repatriation.rows.length)
    expect(rows[0]).toContain('18,616')
    const link = panel.getByTestId('history-mhlw-link')
    expect(await link.getAttribute('href')).toBe(MHLW)
    expect(await link.getAttribute('rel')).toContain('noopener')
    await page.getByTestId('history-close').click()
    await panel.waitFor({ state: 'detached' })
    expect((await writtenUrl(page)).searchParams.get('panel')).toBeNull()
    // Focus returns to the header button that opened the panel.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('history-open')
  })

  it('opens from a link, in English too', async () => {
    const page = await open('?history=1')
    const panel = page.getByTestId('history')
    await panel.waitFor()
    expect(await panel.getByTestId('history-chart').getAttribute('aria-label')).toContain('1946: 18,616')
  })

  it('has no axe-core violation (WCAG 2.2 A/AA), in both languages', async () => {
    for (const path of ['?panel=history', '?panel=history&lang=ja']) {
      const page = await open(path)
      await page.getByTestId('history').waitFor()
      const violations = await axeViolations(page, '[data-testid="history"]')
      expect(violations, path).toEqual([])
    }
  })
})
