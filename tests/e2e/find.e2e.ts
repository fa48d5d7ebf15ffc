import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { DESKTOP, PHONE, waitUntil, type AppSession } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { axeViolations } from './support/axe'

/**
 * Issue 22 end to end, in the production build under the strict CSP: finding a camp in one
 * step (results under the box, camp numbers, the words for a camp, Enter), the BAM filter,
 * the detail panel's order, a link with several camps, the Share dialog's keyboard, the phone
 * menu, and axe-core. One page per size and language; each case navigates within it.
 */

const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })

type Fixture = { session: AppSession | null; page: () => Page }

/** One page for a describe, opened before its cases and checked for page problems after them. */
function onePage(path: string, viewport: { width: number; height: number }): Fixture {
  const fixture: Fixture = {
    session: null,
    page: () => {
      if (!fixture.session) throw new Error('the page did not open')
      return fixture.session.page
    },
  }
  beforeAll(async () => {
    fixture.session = await suite.open(path, { viewport })
    // On a phone the count is in the closed drawer: present, not shown.
    await fixture.session.page.getByTestId('shown-count').waitFor({ state: 'attached' })
  })
  afterAll(async () => {
    const s = fixture.session
    if (!s) return
    await s.flush()
    const c = s.collected
    expect([...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...c.externalRequests]).toEqual([])
  })
  return fixture
}

/** Goes to a state of the app by the History API, as a link inside the page would. */
async function navigate(page: Page, search: string): Promise<void> {
  await page.evaluate((s) => {
    history.pushState(null, '', s === '' ? location.pathname : s)
    dispatchEvent(new PopStateEvent('popstate'))
  }, search)
}

async function openDrawer(page: Page): Promise<void> {
  const toggle = page.getByTestId('drawer-toggle')
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await waitUntil(page, () => window.__e2e.onScreen('search'), undefined, 'the search box in the open drawer')
}

/** Types a query and waits for the results under the box; returns their ids and texts. */
async function search(page: Page, query: string): Promise<{ id: string; text: string }[]> {
  await page.getByTestId('search').fill(query)
  await waitUntil(
    page,
    () => {
      const box = document.querySelector('[data-testid="search"]')
      return box?.getAttribute('aria-expanded') === 'true' || window.__e2e.shown('search-hint')
    },
    undefined,
    `results or a hint for "${query}"`,
  )
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="search-results"] [role="option"]')].map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  )
}

async function waitForDetail(page: Page, id: string): Promise<void> {
  await waitUntil(
    page,
    (want) => document.querySelector('[data-testid="camp-detail"]')?.getAttribute('data-camp-id') === want,
    id,
    `the detail of ${id}`,
  )
}

async function closeDetail(page: Page): Promise<void> {
  await page.getByTestId('close-detail').click()
  await waitUntil(page, () => !document.querySelector('[data-testid="camp-detail"]'), undefined, 'the detail closed')
}

/** The sections of the open detail panel in document order, by test id. */
async function detailOrder(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="camp-detail"] [data-testid]')]
      .map((el) => el.getAttribute('data-testid') ?? '')
      .filter((id) => ['camp-figures', 'camp-families', 'camp-names', 'camp-notes', 'camp-link'].includes(id)),
  )
}

async function expectAxeClean(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([])
}

describe('find a camp: desktop, English', () => {
  const f = onePage('', DESKTOP)

  it('lists results right under the box as an accessible combobox, camp No. 7 (Taishet) before map entry 7', async () => {
    const page = f.page()
    const results = await search(page, 'camp 7')
    expect(results[0]?.id).toBe('taishet')
    expect(results[0]?.text).toContain('camp No. 7')
    const voroshilov = results.find((r) => r.id === 'voroshilov')
    expect(voroshilov?.text).toContain('map entry 7')
    const aria = await page.evaluate(() => {
      const box = document.querySelector('[data-testid="search"]')
      const list = document.getElementById(box?.getAttribute('aria-controls') ?? '')
      const boxRect = box?.getBoundingClientRect()
      const first = list?.querySelector('[role="option"]')?.getBoundingClientRect()
      return {
        role: box?.getAttribute('role'),
        expanded: box?.getAttribute('aria-expanded'),
        listRole: list?.getAttribute('role'),
        gap: first && boxRect ? first.top - boxRect.bottom : Number.NaN,
      }
    })
    expect(aria).toMatchObject({ role: 'combobox', expanded: 'true', listRole: 'listbox' })
    expect(aria.gap, 'the first result right under the box').toBeGreaterThanOrEqual(0)
    expect(aria.gap).toBeLessThan(40)
    await expectAxeClean(page, 'search results open')
  })

  it('moves through the results with the arrow keys and opens the chosen one with Enter', async () => {
    const page = f.page()
    await search(page, 'No. 7')
    const box = page.getByTestId('search')
    await box.press('ArrowDown')
    await box.press('ArrowDown')
    const active = await page.evaluate(() => {
      const id = document.querySelector('[data-testid="search"]')?.getAttribute('aria-activedescendant') ?? ''
      const el = document.getElementById(id)
      return { selected: el?.getAttribute('aria-selected'), id: el?.getAttribute('data-id') }
    })
    expect(active.selected).toBe('true')
    expect(active.id).not.toBe('taishet')
    await box.press('ArrowUp')
    await box.press('Enter')
    await waitForDetail(page, 'taishet')
    await closeDetail(page)
  })

  it('opens a single match with Enter', async () => {
    const page = f.page()
    const results = await search(page, 'Raychikha')
    expect(results.map((r) => r.id)).toEqual(['raychikha'])
    await page.getByTestId('search').press('Enter')
    await waitForDetail(page, 'raychikha')
  })

  it('leads the detail with the facts, then families, then names, notes and the link', async () => {
    const page = f.page()
    const order = await detailOrder(page)
    expect(order.filter((id) => id !== 'camp-notes')).toEqual(['camp-figures', 'camp-families', 'camp-names', 'camp-link'])
    const families = await page.getByTestId('camp-families').innerText()
    expect(families).toMatch(/name, prefecture and date of death/)
    await expectAxeClean(page, 'detail open')
    await closeDetail(page)
  })

  it('filters the BAM camps with a checkbox and bam=1', async () => {
    const page = f.page()
    await page.getByTestId('search').fill('')
    await waitUntil(page, () => window.__e2e.list('camp-list').length > 8, undefined, 'every camp listed again')
    await page.getByTestId('bam-filter').check()
    await waitUntil(page, () => new URLSearchParams(location.search).get('bam') === '1', undefined, 'bam=1 in the address')
    await waitUntil(page, () => window.__e2e.list('camp-list').length === 8, undefined, 'eight BAM camps listed')
    expect(await page.getByTestId('shown-count').innerText()).toContain('8 of')
    await page.getByTestId('bam-filter').uncheck()
    await waitUntil(page, () => window.__e2e.list('camp-list').length > 8, undefined, 'every camp listed again')
  })

  it('opens the first camp of a link that holds several, the others one tap away', async () => {
    const page = f.page()
    await navigate(page, '?camp=raychikha,taishet')
    await waitForDetail(page, 'raychikha')
    const other = page.locator('[data-testid="linked-camps"] [data-camp-id="taishet"]')
    await other.click()
    await waitForDetail(page, 'taishet')
    await waitUntil(page, () => new URLSearchParams(location.search).get('camp') === 'taishet,raychikha', undefined, 'both camps kept')
    await page.locator('[data-testid="linked-camps"] [data-camp-id="raychikha"]').click()
    await waitForDetail(page, 'raychikha')
    await closeDetail(page)
  })

  it('keeps Tab out of the Share preview and closes the dialog with Escape from its last control', async () => {
    const page = f.page()
    await page.getByTestId('share-button').click()
    const dialog = page.getByTestId('share-dialog')
    await dialog.waitFor()
    const preview = await page
      .getByTestId('share-preview')
      .evaluate((el) => ({ inert: (el as HTMLElement).inert, tab: el.getAttribute('tabindex') }))
    expect(preview).toEqual({ inert: true, tab: '-1' })
    // Tab through the whole dialog: focus never enters the preview.
    const stops: string[] = []
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab')
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement
          // A modal dialog lets Tab leave for the browser's own controls (the body is focused then).
          if (!el || el === document.body) return 'browser'
          if (el.tagName === 'IFRAME') return 'iframe'
          return el.closest('[data-testid="share-dialog"]') ? 'dialog' : 'outside'
        }),
      )
    }
    expect(stops.filter((s) => s === 'iframe' || s === 'outside')).toEqual([])
    expect(stops.filter((s) => s === 'dialog').length).toBeGreaterThan(10)
    await page.keyboard.press('Escape')
    await waitUntil(page, () => !document.querySelector('[data-testid="share-dialog"]'), undefined, 'the Share dialog closed')
  })
  it('summarises an area: camps by tier adding up to the camps shown, camp figures listed, regions compared', async () => {
    const page = f.page()
    await navigate(page, '?area=central-asia')
    await page.getByTestId('place-summary').waitFor()
    const tiers = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="place-tiers"] [data-count]')].reduce(
        (a, el) => a + Number(el.getAttribute('data-count')),
        0,
      ),
    )
    expect(tiers).toBe(await page.evaluate(() => window.__e2e.list('camp-list').length))
    expect(await page.getByTestId('place-summary').innerText()).toMatch(/not added up/)
    await page.locator('[data-testid="region-table"] > summary').click()
    await page.locator('[data-testid="region-table"] tr[data-region="karaganda-oblast"] button').click()
    await waitUntil(page, () => new URLSearchParams(location.search).get('region') === 'karaganda-oblast', undefined, 'Karaganda chosen')
    await expectAxeClean(page, 'area summary and region table')
  })

  it('states the headline facts in the header, their sources one click away', async () => {
    const page = f.page()
    const facts = page.getByTestId('headline-facts')
    await waitUntil(
      page,
      () => !!document.querySelector('[data-testid="headline-facts"] [data-topic="died"]'),
      undefined,
      'the headline figures',
    )
    expect(await facts.innerText()).toMatch(/camps on the map/)
    await page.getByTestId('headline-sources').click()
    await waitUntil(page, () => new URLSearchParams(location.search).get('panel') === 'history', undefined, 'the History panel open')
  })
})

describe('find a camp: desktop, Japanese', () => {
  const f = onePage('?lang=ja', DESKTOP)

  it('「第7収容所」 lists Taishet first, says why, and Enter opens it', async () => {
    const page = f.page()
    const results = await search(page, '第7収容所')
    expect(results[0]?.id).toBe('taishet')
    expect(results[0]?.text).toContain('第7収容所')
    expect(results.find((r) => r.id === 'voroshilov')?.text).toContain('地図番号 7')
    await page.getByTestId('search').press('Enter')
    await waitForDetail(page, 'taishet')
    expect(await detailOrder(page)).toEqual(['camp-figures', 'camp-families', 'camp-names', 'camp-notes', 'camp-link'])
    await closeDetail(page)
  })

  it('understands 「ラーゲリ」 as a camp: every camp shown and said so; with a name it finds that camp', async () => {
    const page = f.page()
    const results = await search(page, 'ラーゲリ')
    expect(results).toEqual([])
    expect(await page.getByTestId('search-hint').innerText()).toContain('ラーゲリ')
    // Every camp shown: the count says N of N, and the list (a deferred render) holds N.
    await expect
      .poll(async () => {
        const listed = await page.evaluate(() => window.__e2e.list('camp-list').length)
        return (await page.getByTestId('shown-count').innerText()).includes(`${listed} か所中 ${listed} か所を表示`)
      })
      .toBe(true)
    const named = await search(page, 'タイシェト 収容所')
    expect(named.map((r) => r.id)).toEqual(['taishet'])
    await expectAxeClean(page, 'Japanese search results')
  })
})

describe('find a camp: phone, English', () => {
  const f = onePage('', PHONE)

  it('shows the results on screen in the drawer; Enter opens the camp and closes the drawer', async () => {
    const page = f.page()
    await openDrawer(page)
    const results = await search(page, 'No. 7')
    expect(results[0]?.id).toBe('taishet')
    expect(await page.evaluate(() => window.__e2e.onScreen('search-results'))).toBe(true)
    await page.getByTestId('search').press('Enter')
    await waitForDetail(page, 'taishet')
    expect(await page.getByTestId('drawer-toggle').getAttribute('aria-expanded')).toBe('false')
    // The figures a family wants are on the first screen of the sheet.
    const figuresBottom = await page.getByTestId('camp-figures').evaluate((el) => el.getBoundingClientRect().bottom)
    expect(figuresBottom).toBeLessThanOrEqual(PHONE.height)
    await expectAxeClean(page, 'phone detail')
    await closeDetail(page)
  })

  it('closes the menu when an item is chosen', async () => {
    const page = f.page()
    const toggle = page.locator('.header-menu__toggle')
    await toggle.click()
    await waitUntil(
      page,
      () => document.querySelector('.header-menu__toggle')?.getAttribute('aria-expanded') === 'true',
      undefined,
      'the menu open',
    )
    await page.getByTestId('history-open').click()
    await waitUntil(
      page,
      () => document.querySelector('.header-menu__toggle')?.getAttribute('aria-expanded') === 'false',
      undefined,
      'the menu closed',
    )
    await waitUntil(page, () => new URLSearchParams(location.search).get('panel') === 'history', undefined, 'the history panel open')
  })
})

describe('find a camp: phone, Japanese', () => {
  const f = onePage('?lang=ja', PHONE)

  it('「第7」 opens Taishet from the drawer; 「ラーゲリ」 is understood', async () => {
    const page = f.page()
    await openDrawer(page)
    expect((await search(page, 'ラーゲリ')).length).toBe(0)
    expect(await page.evaluate(() => window.__e2e.onScreen('search-hint'))).toBe(true)
    const results = await search(page, '第7')
    expect(results[0]?.id).toBe('taishet')
    await page.getByTestId('search').press('Enter')
    await waitForDetail(page, 'taishet')
    expect(await page.getByTestId('camp-families').innerText()).toContain('出身都道府県')
  })

  it('keeps the Share dialog shown when chosen from the menu, and the menu closed', async () => {
    const page = f.page()
    await page.locator('.header-menu__toggle').click()
    await page.getByTestId('share-button').click()
    await page.getByTestId('share-dialog').waitFor()
    expect(await page.getByTestId('share-dialog').isVisible()).toBe(true)
    expect(await page.locator('.header-menu__toggle').getAttribute('aria-expanded')).toBe('false')
    await expectAxeClean(page, 'phone Share dialog')
    await page.keyboard.press('Escape')
    await waitUntil(page, () => !document.querySelector('[data-testid="share-dialog"]'), undefined, 'the Share dialog closed')
  })
})
