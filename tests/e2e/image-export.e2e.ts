import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STRICT_CSP } from './support/server'
import { setUpBrowserSuite } from './support/suite'
import { idsOf, loadExpected } from './support/data'
import { expectClean } from './support/frames'

/**
 * Issue 23 (D11): Share → Image has its own title, subtitle and source note, prefilled from
 * the view in the image's language; the image fits the main group of camps and puts far
 * outliers in an inset; its credit is in the image's language. Under the strict CSP.
 */

const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })

describe('Share → Image of the Khabarovsk Krai view, in Japanese', () => {
  it('prefills its own texts in Japanese and downloads an SVG with them, Magadan in an inset', async () => {
    const khabarovsk = idsOf(loadExpected().camps.filter((c) => c.region === 'khabarovsk-krai'))
    const session = await suite.open('index.html?region=khabarovsk-krai&lang=ja', { waitForMarkers: khabarovsk.length })
    const { page } = session
    await page.click('[data-testid="share-button"]')
    await page.waitForSelector('dialog[data-testid="share-dialog"][open]')
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('[data-testid="export-image-title"]')?.value ?? '') !== '')
    expect(await page.inputValue('[data-testid="export-image-title"]')).toContain('ハバロフスク地方')
    expect(await page.inputValue('[data-testid="export-image-subtitle"]')).toContain(String(khabarovsk.length))
    expect(await page.inputValue('[data-testid="export-image-note"]')).toMatch(/^データ版 \d+\.\d+\.\d+/)
    // The embed's title field does not feed the image any more: its own field does.
    await page.fill('[data-testid="share-option-title"]', 'EMBED ONLY')
    await page.fill('[data-testid="export-image-subtitle"]', '1946年の地方 <b>9</b>')

    await page.selectOption('[data-testid="export-image-format"]', 'svg')
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('[data-testid="export-image"]')])
    const svg = readFileSync((await download.path()) ?? '', 'utf8')
    const ids = [...svg.matchAll(/<g class="camp" data-camp-id="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(ids.sort()).toEqual(khabarovsk)
    expect(svg).toContain('<g class="inset" data-inset-camps="magadan">')
    expect(svg).toContain('ハバロフスク地方</text>')
    expect(svg).toContain('>1946年の地方 &lt;b&gt;9&lt;/b&gt;</text>')
    expect(svg).not.toContain('EMBED ONLY')
    expect(svg).toContain('データ：1945年以降のソ連・モンゴルにおける日本人捕虜・抑留者の収容所')
    expect(svg).toContain('data-legend-line="bamPlanned"')
    await expectClean(session)
  })
})
