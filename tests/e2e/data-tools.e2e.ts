import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STRICT_CSP } from './support/server'
import { setUpBrowserSuite } from './support/suite'
import { loadExpected, type Expected } from './support/data'

/** Issue 2 in the app: downloads of the camps shown, and "Cite this map". */

const data: Expected = loadExpected()
/** The data version and date the citation must give: the dataset's own metadata. */
const meta = (JSON.parse(readFileSync('geodata/camps.geojson', 'utf8')) as { metadata: { version: string; date: string } }).metadata
const suite = setUpBrowserSuite({ headers: { 'Content-Security-Policy': STRICT_CSP } })

async function open(path: string): Promise<Page> {
  const { page } = await suite.open(path)
  await page.getByTestId('camp-list').waitFor()
  return page
}

async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') }
}

describe('downloads and citation', () => {
  it('downloads the camps shown as CSV with their sources written out', async () => {
    const page = await open('?region=chita-oblast')
    const expected = data.camps.filter((c) => c.region === 'chita-oblast')
    const { name, text } = await download(page, 'download-csv')
    expect(name).toMatch(/\.csv$/)
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]?.split(',')).toEqual(expect.arrayContaining(['id', 'tier', 'tierBasis', 'detained', 'sources']))
    expect(lines).toHaveLength(expected.length + 1)
    for (const camp of expected) expect(text).toContain(`,${camp.id},`)
    // Sources are written out (author, title, URL), not left as ids.
    expect(text).toContain('https://bystrov.ustrcr.cz/tabory/')
  })

  it('downloads the camps shown as GeoJSON, [lon, lat], with the cited sources', async () => {
    const page = await open('?tier=1')
    const { text } = await download(page, 'download-geojson')
    const json = JSON.parse(text) as {
      type: string
      features: { id: string; geometry: { coordinates: number[] } }[]
      sources: { id: string }[]
    }
    expect(json.type).toBe('FeatureCollection')
    const expected = data.camps.filter((c) => c.tierKey === '1')
    expect(json.features.map((f) => f.id).sort()).toEqual(expected.map((c) => c.id).sort())
    const taishet = json.features.find((f) => f.id === 'taishet')
    expect(taishet?.geometry.coordinates).toEqual([98.003, 55.94])
    expect(json.sources.length).toBeGreaterThan(0)
  })

  it('gives a citation with the data version and date and the link to this view', async () => {
    const page = await open('?area=mongolia&lang=en')
    const citation = await page.getByTestId('citation').innerText()
    expect(citation).toContain(`Dataset version ${meta.version} (${meta.date})`)
    expect(citation).toContain('area=mongolia')
    const shown = data.camps.filter((c) => c.area === 'mongolia').length
    expect(citation).toContain(`${shown} camps`)
  })
})
