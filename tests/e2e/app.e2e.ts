import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { DESKTOP, PHONE, dumpPage, waitUntil, type AppSession, type OpenOptions } from './support/browser'
import { setUpBrowserSuite } from './support/suite'
import { TIER_KEYS, countByTier, idsOf, loadExpected, pickGroup, type Expected, type ExpectedCamp, type TierKey } from './support/data'

/**
 * The product of issue 3, end to end: the production build (`dist/`, built by
 * `npm run test:e2e`) served under a strict CSP, in headless Debian Chromium. Only the
 * stable hooks are used (data-testid, data-camp-id, data-tier, data-count, aria-label);
 * every expectation is computed from geodata/. After each test, no page may have logged a
 * console error, thrown, violated the CSP or asked another host for anything
 * (support/suite.ts, checkEachTest). A describe shares one page where its tests only read
 * it or move it on; a test that needs a fresh start loads its URL in that page.
 */

const data: Expected = loadExpected()
const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } }, { checkEachTest: true })

async function open(path = '', options: OpenOptions = {}): Promise<Page> {
  return (await suite.open(path, options)).page
}

/** Opens the app and waits until every camp has its marker. */
function openDefault(path = '', viewport: OpenOptions['viewport'] = DESKTOP): Promise<Page> {
  return open(path, { viewport, waitForMarkers: data.camps.length })
}

/** One page for a describe, opened before its tests; `load` gives it a fresh document at `path`. */
function sharedPage(first = ''): { page: () => Page; load: (path?: string) => Promise<Page> } {
  let session: AppSession | undefined
  beforeAll(async () => {
    session = await suite.open(first, { viewport: DESKTOP, waitForMarkers: data.camps.length })
  })
  const get = (): AppSession => {
    if (!session) throw new Error('beforeAll did not open the shared page')
    return session
  }
  return {
    page: () => get().page,
    async load(path = '') {
      await suite.goto(get(), path, { waitForMarkers: data.camps.length })
      return get().page
    },
  }
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name)
}

/** Legend rows as tier → count; a tier without a row counts as zero. */
function legendCounts(raw: Record<string, number>): Record<TierKey, number> {
  const out: Record<TierKey, number> = { '1': 0, '2': 0, '3': 0, '4': 0, unknown: 0 }
  for (const k of TIER_KEYS) out[k] = raw[k] ?? 0
  return out
}

type Shown = { markers: string[]; list: string[]; legend: Record<string, number> }

/** `markers`: every camp the map shows, by its own marker or inside a group marker. */
function readShown(page: Page): Promise<Shown> {
  return page.evaluate(() => ({
    markers: window.__e2e.mapCamps(),
    list: window.__e2e.list('camp-list'),
    legend: window.__e2e.legend(),
  }))
}

/**
 * Waits until markers, the "all camps" list and the legend counts show exactly `camps`,
 * then asserts each of the three (so a failure shows which one is wrong, and how).
 */
async function expectShown(page: Page, camps: readonly ExpectedCamp[], what: string): Promise<void> {
  const ids = idsOf(camps)
  const counts = countByTier(camps)
  await page
    .waitForFunction(
      (want) => {
        const same = (a: string[]) => JSON.stringify([...a].sort()) === JSON.stringify(want.ids)
        const legend = window.__e2e.legend()
        return (
          same(window.__e2e.mapCamps()) &&
          same(window.__e2e.list('camp-list')) &&
          Object.entries(want.counts).every(([tier, n]) => (legend[tier] ?? 0) === n)
        )
      },
      { ids, counts },
      { timeout: 45_000 },
    )
    .catch(() => undefined)
  const shown = await readShown(page)
  const context = `${what}\nPage: ${await dumpPage(page)}`
  expect([...shown.markers].sort(), `markers: ${context}`).toEqual(ids)
  expect(shown.markers.length, `duplicate markers: ${context}`).toBe(new Set(shown.markers).size)
  expect([...shown.list].sort(), `camp-list: ${context}`).toEqual(ids)
  expect(legendCounts(shown.legend), `legend data-count: ${context}`).toEqual(counts)
}

function regionSelect(page: Page) {
  return page.locator('select[data-testid="region-filter"], [data-testid="region-filter"] select').first()
}

function searchInput(page: Page) {
  return page.locator('input[data-testid="search"], [data-testid="search"] input').first()
}

function tierBox(page: Page, tier: TierKey) {
  return page.locator(`[data-testid="tier-filter"] input[type="checkbox"][value="${tier}"]`)
}

/** Clicks a list item's own control (button/link) when it has one, else the item. */
async function clickItem(page: Page, testid: string, id: string): Promise<void> {
  const item = page.locator(`[data-testid="${testid}"] [data-camp-id="${id}"]`).first()
  const control = item.locator('button, a[href], [role="button"]').first()
  await ((await control.count()) > 0 ? control : item).click()
}

async function waitForDetail(page: Page, camp: ExpectedCamp): Promise<void> {
  await waitUntil(
    page,
    (want) => {
      const el = document.querySelector('[data-testid="camp-detail"]')
      return (
        window.__e2e.shown('camp-detail') &&
        !!el?.textContent?.includes(want.name) &&
        new URL(location.href).searchParams.get('camp') === want.id
      )
    },
    { id: camp.id, name: camp.name },
    `the detail panel of ${camp.id} and camp=${camp.id} in the URL`,
  )
}

async function waitForNoDetail(page: Page, what: string): Promise<void> {
  await waitUntil(page, () => !window.__e2e.shown('camp-detail') && !new URL(location.href).searchParams.has('camp'), undefined, what)
}

function camp(id: string): ExpectedCamp {
  const c = data.byId.get(id)
  if (!c) throw new Error(`geodata/camps.geojson has no camp ${id}`)
  return c
}

const normalise = (s: string) => s.normalize('NFKC').toLocaleLowerCase('und')

function matchesName(c: ExpectedCamp, q: string): boolean {
  return [c.name, c.nameJa, c.nameRu, c.modernName ?? ''].some((n) => normalise(n).includes(normalise(q)))
}

describe('default view', () => {
  const shared = sharedPage()

  it('has the 93 camps of the reference table and the Shimanovsk candidate in geodata', () => {
    expect(data.camps.length).toBe(94)
    expect(new Set(data.camps.map((c) => c.id)).size).toBe(data.camps.length)
  })

  it('shows every camp once, by its own labelled marker or in a labelled group marker, all keyboard-focusable', async () => {
    const page = shared.page()
    const ids = await page.evaluate(() => window.__e2e.mapCamps())
    expect([...ids].sort()).toEqual(idsOf(data.camps))
    expect(new Set(ids).size, 'no camp drawn twice').toBe(data.camps.length)
    expect(await page.locator('canvas.camp-canvas').count(), 'the real camps are DOM markers, not the canvas').toBe(0)
    const groups = await page.evaluate(() => window.__e2e.groups())
    const notFocusable = groups.filter((g) => g.tabIndex < 0).map((g) => g.ids.join(' '))
    expect(notFocusable, 'group markers with a negative tabIndex').toEqual([])
    const unnamed = groups
      .filter((g) => g.ids.length < 2 || !g.ids.every((id) => g.label.includes(camp(id).name)) || !g.label.includes(String(g.ids.length)))
      .map((g) => `${g.ids.join(' ')}: "${g.label}"`)
    expect(unnamed, 'a group marker holds two or more camps and its aria-label names each and counts them').toEqual([])
  })

  it('shows every legend tier with the count of camps in it', async () => {
    const page = shared.page()
    const legend = await page.evaluate(() => window.__e2e.legend())
    expect(Object.keys(legend).sort(), 'legend rows (data-tier)').toEqual([...TIER_KEYS].sort())
    expect(legendCounts(legend)).toEqual(countByTier(data.camps))
    await expectShown(page, data.camps, 'default view')
  })

  it('lists the eight BAM camps west to east with non-decreasing km along the line', async () => {
    const page = shared.page()
    await waitUntil(page, () => window.__e2e.list('bam-list').length >= 8, undefined, '8 BAM items')
    const ids = await page.evaluate(() => window.__e2e.list('bam-list'))
    const texts = await page.evaluate(() => window.__e2e.listText('bam-list'))
    const bamIds = idsOf(data.camps.filter((c) => c.bam))
    expect(bamIds.length, 'BAM camps in geodata').toBe(8)
    expect(ids.length).toBe(8)
    expect([...ids].sort()).toEqual(bamIds)
    expect(ids[0]).toBe('taishet')
    expect(ids[ids.length - 1]).toBe('sovetskaya-gavan')
    const komsomolsk = ids.flatMap((id, i) => (id.startsWith('komsomolsk') ? [i] : []))
    expect(komsomolsk.length, `two Komsomolsk entries in ${ids.join(', ')}`).toBe(2)
    expect(Math.abs((komsomolsk[1] ?? 0) - (komsomolsk[0] ?? 0)), 'Komsomolsk entries adjacent').toBe(1)
    // A camp off the line (Novo-Grishino, Raychikha) says so and why, with no distance along the route.
    const offLine = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="bam-list"] li[data-off-line="true"]')].map(
        (li) => li.getAttribute('data-camp-id') ?? '',
      ),
    )
    expect([...offLine].sort()).toEqual(['novo-grishino', 'raychikha'])
    const km = texts
      .filter((_, i) => !offLine.includes(ids[i] ?? ''))
      .map((t) => {
        // The first distance in the item: "2,705 km", "2 705 km", "12.5 km".
        const m = /(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(\.\d+)?[ \u00a0\u202f]*km\b/i.exec(t)
        return m?.[1] ? Number(m[1].replace(/[^\d]/g, '') + (m[2] ?? '')) : Number.NaN
      })
    expect(km.filter(Number.isNaN).length, `a distance in km in every item: ${JSON.stringify(texts)}`).toBe(0)
    const decreasing = km.slice(1).filter((d, i) => d < (km[i] ?? 0))
    expect(decreasing, `distances along the line: ${km.join(', ')}`).toEqual([])
    expect(km[km.length - 1] ?? 0, 'Taishet to Sovetskaya Gavan spans thousands of km').toBeGreaterThan(1000)
  })

  it('opens the detail of a BAM entry when it is chosen', async () => {
    const page = shared.page()
    const ids = await page.evaluate(() => window.__e2e.list('bam-list'))
    const target = ids[ids.length - 1] ?? 'sovetskaya-gavan'
    // The sidebar folds the BAM list behind its summary: one click opens it.
    await page.locator('[data-testid="bam-more"] > summary').click()
    await clickItem(page, 'bam-list', target)
    await waitForDetail(page, camp(target))
  })

  it('draws one keyboard-focusable, labelled marker per camp with its tier once zoomed in', async () => {
    // At the largest zoom only camps at the very same place still share a group marker.
    const page = await shared.load('#map=12/55/100')
    const markers = await page.evaluate(() => window.__e2e.markers())
    const groups = await page.evaluate(() => window.__e2e.groups())
    const samePlace = groups.filter((g) => {
      const places = new Set(g.ids.map((id) => JSON.stringify(data.lngLat.get(id))))
      return places.size !== 1
    })
    expect(samePlace, 'groups at zoom 12 hold only camps at one place').toEqual([])
    expect(groups.flatMap((g) => g.ids).length, 'camps in groups at zoom 12').toBeLessThanOrEqual(2)
    expect([...markers.map((m) => m.id), ...groups.flatMap((g) => g.ids)].sort()).toEqual(idsOf(data.camps))
    expect(new Set(markers.map((m) => m.id)).size).toBe(markers.length)
    const wrongTier = markers
      .filter((m) => m.tier !== camp(m.id).tierKey)
      .map((m) => `${m.id}: data-tier=${m.tier}, data says ${camp(m.id).tierKey}`)
    expect(wrongTier).toEqual([])
    const notFocusable = markers.filter((m) => m.tabIndex < 0).map((m) => m.id)
    expect(notFocusable, 'markers with a negative tabIndex').toEqual([])
    const badLabels = markers
      .filter((m) => {
        const c = camp(m.id)
        const namesCamp = m.label.includes(c.name)
        const namesTier =
          c.tier === null ? /not established|unknown|no tier/i.test(m.label) : /tier/i.test(m.label) && m.label.includes(String(c.tier))
        return !namesCamp || !namesTier
      })
      .map((m) => `${m.id}: "${m.label}"`)
    expect(badLabels, 'aria-labels must name the camp and its tier').toEqual([])
  })
})

describe('filters', () => {
  const shared = sharedPage()

  it('offers every area and region with the documented option values', async () => {
    const page = shared.page()
    const select = regionSelect(page)
    const options = await select.evaluate((el) =>
      Array.from(el.querySelectorAll('option')).map((o) => ({
        value: o.value,
        group: o.parentElement?.tagName === 'OPTGROUP',
      })),
    )
    expect(await select.inputValue(), 'default option value').toBe('')
    const values = new Set(options.map((o) => o.value))
    const missing = [...new Set(data.camps.map((c) => `region:${c.region}`)), ...new Set(data.camps.map((c) => `area:${c.area}`))].filter(
      (v) => !values.has(v),
    )
    expect(missing, 'options for every region and area that has camps').toEqual([])
    const groups = await select.evaluate((el) => el.querySelectorAll('optgroup').length)
    expect(groups, 'an <optgroup> per area that has camps').toBeGreaterThanOrEqual(new Set(data.camps.map((c) => c.area)).size)
    const regionsOutsideGroups = options.filter((o) => o.value.startsWith('region:') && !o.group)
    expect(regionsOutsideGroups, "region options sit in their area's optgroup").toEqual([])
  })

  it('a region reduces markers, legend and list to its camps and is in the URL', async () => {
    const region = pickGroup(data.camps, 'region')
    const page = shared.page()
    const listTop = () =>
      page.evaluate(() => document.querySelector('[data-testid="camp-list"]')?.getBoundingClientRect().top ?? Number.NaN)
    const topBefore = await listTop()
    await regionSelect(page).selectOption(`region:${region.slug}`)
    await expectShown(page, region.camps, `region ${region.slug}`)
    // The count and its "Clear filters" button share a row of one height: nothing below moves.
    expect(await page.getByRole('button', { name: 'Clear filters' }).isVisible()).toBe(true)
    expect(await listTop()).toBe(topBefore)
    await waitUntil(
      page,
      (slug) => new URL(location.href).searchParams.get('region') === slug,
      region.slug,
      `region=${region.slug} in the URL`,
    )
    // The link reproduces the view.
    await page.reload({ waitUntil: 'load' })
    await expectShown(page, region.camps, `reloaded ?region=${region.slug}`)
    expect(await regionSelect(page).inputValue()).toBe(`region:${region.slug}`)
  })

  it('an area reduces markers, legend and list to its camps and is in the URL', async () => {
    const region = pickGroup(data.camps, 'region')
    const area = pickGroup(data.camps, 'area', region.camps.length)
    // The page shows the region of the test above (or the default view); an area replaces it.
    const page = shared.page()
    await regionSelect(page).selectOption(`area:${area.slug}`)
    await expectShown(page, area.camps, `area ${area.slug}`)
    await waitUntil(page, (slug) => new URL(location.href).searchParams.get('area') === slug, area.slug, `area=${area.slug} in the URL`)
    expect(param(page, 'region')).toBeNull()
  })

  it('unticking tiers removes their camps', async () => {
    const page = await shared.load()
    await tierBox(page, '1').uncheck()
    await expectShown(
      page,
      data.camps.filter((c) => c.tier !== 1),
      'tier 1 unticked',
    )
    await waitUntil(page, () => new URL(location.href).searchParams.has('tier'), undefined, 'tier= in the URL')
    const tiers = (param(page, 'tier') ?? '').split(',')
    expect(tiers).not.toContain('1')
    expect(tiers).toEqual(expect.arrayContaining(['2', '3', '4']))
    await tierBox(page, 'unknown').uncheck()
    await expectShown(
      page,
      data.camps.filter((c) => c.tier !== 1 && c.tier !== null),
      'tiers 1 and unknown unticked',
    )
  })

  // One search through the browser proves the wiring (input, URL, list, markers, legend);
  // the spellings, aliases and camp numbers are unit tests (src/filter/search.test.ts,
  // src/filter/search-geodata.test.ts).
  for (const query of ['タイシェット']) {
    it(`search "${query}" finds Taishet and only camps so named`, async () => {
      const page = await shared.load()
      await searchInput(page).fill(query)
      await waitUntil(
        page,
        (n) => {
          const m = window.__e2e.mapCamps()
          return m.length < n && m.includes('taishet') && window.__e2e.list('camp-list').includes('taishet')
        },
        data.camps.length,
        `search "${query}" to narrow the markers to Taishet`,
      )
      const shown = await readShown(page)
      expect(shown.markers).toContain('taishet')
      const unrelated = shown.markers.filter((id) => !matchesName(camp(id), query))
      expect(unrelated, 'shown camps none of whose names contain the query').toEqual([])
      const shownCamps = shown.markers.map(camp)
      await expectShown(page, shownCamps, `search "${query}"`)
      await waitUntil(page, (q) => new URL(location.href).searchParams.get('q') === q, query, `q=${query} in the URL`)
    })
  }
})

describe('detail panel and URL state', () => {
  const shared = sharedPage('?camp=taishet')

  it('?camp=taishet opens the detail with the names in three languages and safe source links', async () => {
    const taishet = camp('taishet')
    const page = shared.page()
    await waitForDetail(page, taishet)
    const text = await page.locator('[data-testid="camp-detail"]').innerText()
    for (const name of [taishet.name, taishet.nameJa, taishet.nameRu]) expect(text).toContain(name)

    // Taishet's own sources, or the first camp that has a source with a URL.
    const withLink = [taishet, ...data.camps].find((c) => c.sources.some((s) => data.sourceUrls.has(s)))
    expect(withLink, 'a camp with a source URL in geodata/sources.json').toBeDefined()
    if (withLink && withLink.id !== taishet.id) {
      await page.goto(new URL(`?camp=${withLink.id}`, page.url()).href)
      await waitForDetail(page, withLink)
    }
    const links = await page
      .locator('[data-testid="camp-detail"] a[href^="http"]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') ?? '' })))
    expect(links.length, 'source links in the detail panel').toBeGreaterThanOrEqual(1)
    const unsafe = links.filter((l) => !l.rel.split(/\s+/).includes('noopener'))
    expect(unsafe, 'external links need rel="noopener"').toEqual([])
  })

  it('closing the detail removes camp= from the URL', async () => {
    const page = await shared.load('?camp=taishet')
    await waitForDetail(page, camp('taishet'))
    await page.locator('[data-testid="close-detail"]').click()
    await waitForNoDetail(page, 'the detail to close and camp= to leave the URL')
    await expectShown(page, data.camps, 'after closing the detail')
  })

  it('Back and Forward restore region and selection', async () => {
    const region = pickGroup(data.camps, 'region')
    const target = [...region.camps].sort((a, b) => a.id.localeCompare(b.id))[0]
    if (!target) throw new Error('region without camps')
    const page = await shared.load()
    await regionSelect(page).selectOption(`region:${region.slug}`)
    await expectShown(page, region.camps, `region ${region.slug}`)
    await clickItem(page, 'camp-list', target.id)
    await waitForDetail(page, target)
    expect(param(page, 'region')).toBe(region.slug)

    await page.goBack()
    await waitForNoDetail(page, 'Back to close the detail')
    expect(param(page, 'region'), 'region kept after the first Back').toBe(region.slug)
    await expectShown(page, region.camps, 'after the first Back')

    await page.goBack()
    await waitUntil(page, () => !new URL(location.href).searchParams.has('region'), undefined, 'Back to clear region=')
    await expectShown(page, data.camps, 'after the second Back')
    expect(await regionSelect(page).inputValue()).toBe('')

    await page.goForward()
    await waitUntil(page, (slug) => new URL(location.href).searchParams.get('region') === slug, region.slug, 'Forward to restore region=')
    await expectShown(page, region.camps, 'after Forward')
    expect(await regionSelect(page).inputValue()).toBe(`region:${region.slug}`)
    expect(await page.evaluate(() => window.__e2e.shown('camp-detail'))).toBe(false)
  })

  it('ignores malformed URL values and shows the default view', async () => {
    const page = await shared.load('?tier=9,x&region=%3Cscript%3E&camp=nope#map=abc')
    await expectShown(page, data.camps, 'malformed URL')
    expect(await page.evaluate(() => window.__e2e.shown('camp-detail'))).toBe(false)
    expect(await regionSelect(page).inputValue()).toBe('')
  })

  it('writes the map view to #map=<zoom>/<lat>/<lon> after load', async () => {
    // The page the test above loaded, whose #map=abc the app must replace.
    const page = shared.page()
    await waitUntil(
      page,
      () => /^#map=\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/.test(location.hash),
      undefined,
      'a #map=<zoom>/<lat>/<lon> hash',
    )
    const [zoom, lat, lon] = new URL(page.url()).hash.slice('#map='.length).split('/').map(Number)
    // The default view fits the camps: somewhere over northern Eurasia.
    expect(zoom).toBeGreaterThanOrEqual(1)
    expect(lat).toBeGreaterThan(30)
    expect(lat).toBeLessThan(75)
    expect(lon).toBeGreaterThan(40)
    expect(lon).toBeLessThan(160)
  })

  it('centres on the view in #map=6/52.3/104.3', async () => {
    const page = await shared.load('#map=6/52.3/104.3')
    // Let any pending fit or hash write run before reading the hash back.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
    await waitUntil(page, () => location.hash.startsWith('#map='), undefined, 'a #map= hash')
    const hash = new URL(page.url()).hash
    const [zoom, lat, lon] = hash.slice('#map='.length).split('/').map(Number)
    expect(zoom, hash).toBe(6)
    expect(Math.abs((lat ?? 0) - 52.3), hash).toBeLessThan(0.05)
    expect(Math.abs((lon ?? 0) - 104.3), hash).toBeLessThan(0.05)
  })
})

// Keyboard use is tested once, in trust.e2e.ts ("keyboard only").
describe('small screens', () => {
  it('turns the sidebar into a drawer on a phone', async () => {
    const page = await openDefault('', PHONE)
    const toggle = page.locator('[data-testid="drawer-toggle"]')
    expect(await toggle.isVisible(), 'drawer-toggle visible at 390×844').toBe(true)
    expect(await page.evaluate(() => window.__e2e.onScreen('camp-list')), 'camp list off screen while the drawer is closed').toBe(false)
    await toggle.click()
    await waitUntil(page, () => window.__e2e.shown('camp-list'), undefined, 'the camp list in the open drawer')
    await page.locator('[data-testid="camp-list"] [data-camp-id]').first().scrollIntoViewIfNeeded()
    await waitUntil(page, () => window.__e2e.onScreen('camp-list'), undefined, 'the camp list on screen')
    expect(await page.evaluate(() => window.__e2e.list('camp-list').length)).toBe(data.camps.length)
  })
})

describe('privacy and security', () => {
  // The strict CSP and "no request to another host" are checked after every test of this
  // file (and of every file on support/suite.ts with checkEachTest); basemap.e2e.ts proves
  // the host check can fail.
  it("downloads each data file of the first view once: the markers' data preloaded and taken by the app, the basemap's after them", async () => {
    // Counted over a reload, so that the listener sees every request of a whole page load.
    const page = await open('')
    {
      const requested = new Map<string, number>()
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname
        if (/\.(geo|topo\.)?json$/.test(path)) requested.set(path, (requested.get(path) ?? 0) + 1)
      })
      await page.reload({ waitUntil: 'networkidle' })
      await waitUntil(
        page,
        (n) => Number(document.querySelector('[data-visible-count]')?.getAttribute('data-visible-count')) === n,
        data.camps.length,
        'camps drawn',
      )
      const preloaded = await page.evaluate(() =>
        [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((l) => new URL((l as HTMLLinkElement).href).pathname),
      )
      const markersData = ['camps-', 'sources-', 'regions-', 'bam-line-']
      const basemapData = ['basemap.topo.json', 'basemap-water-low.topo.json', 'towns-', 'railways-1940s-']
      expect(preloaded, "the markers' data, and only it, preloaded").toHaveLength(markersData.length)
      for (const name of markersData)
        expect(
          preloaded.some((p) => p.includes(name)),
          `${name} preloaded`,
        ).toBe(true)
      const twice = [...requested].filter(([, n]) => n > 1).map(([p]) => p)
      expect(twice, 'data files downloaded twice (a preload the app did not reuse)').toEqual([])
      const isBasemap = (p: string) => basemapData.some((name) => p.includes(name))
      expect(
        [...requested.keys()].filter((p) => !preloaded.includes(p) && !isBasemap(p)),
        "the markers' data not preloaded",
      ).toEqual([])
      // The basemap's files are fetched at the basemap's own step: on a slow connection they
      // do not share it with the scripts and the camps.
      const timing = await page.evaluate(() => {
        // The page's own scripts (its module and modulepreloads), not the parts loaded later on demand.
        const initial = [...document.querySelectorAll('script[type="module"][src], link[rel="modulepreload"]')].map(
          (el) => new URL(el.getAttribute('src') ?? el.getAttribute('href') ?? '', location.href).pathname,
        )
        return performance.getEntriesByType('resource').map((e) => {
          const r = e as PerformanceResourceTiming
          const path = new URL(r.name).pathname
          return { path, initial: initial.includes(path), start: r.startTime, end: r.responseEnd }
        })
      })
      const markersDone = Math.max(...timing.filter((t) => t.initial || t.path.includes('camps-')).map((t) => t.end))
      const basemapStarts = timing.filter((t) => isBasemap(t.path))
      expect(basemapStarts.map((t) => t.path).sort(), 'every basemap file fetched').toHaveLength(basemapData.length)
      for (const t of basemapStarts)
        expect(t.start, `${t.path} fetched after the scripts and the camps`).toBeGreaterThanOrEqual(markersDone)
    }
  })
})
