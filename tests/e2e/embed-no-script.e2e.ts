import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Frame } from 'playwright-core'
import { STRICT_CSP, serveDist, type StaticServer } from './support/server'
import { launchBrowser, openApp, type AppSession } from './support/browser'
import { idsOf, loadExpected } from './support/data'
import { embedFrame, expectClean, frameWait } from './support/frames'

/**
 * Issue 23 (D12): a content system that strips `<script>` keeps the iframe at the height
 * the Share dialog wrote. That height must hold the whole embed at the column width given:
 * title, map, bar, caption and the CC BY credit. The snippets are taken from the dialog,
 * the script line removed, and pasted into 350 px and 700 px columns of a page on ANOTHER
 * origin (the app is served under the strict CSP with `Access-Control-Allow-Origin: *`).
 */

const COLUMNS = [350, 700] as const
let app: StaticServer | undefined
let host: StaticServer | undefined
let browser: Browser | undefined
const sessions: AppSession[] = []

beforeAll(async () => {
  app = await serveDist({ headers: { 'Content-Security-Policy': STRICT_CSP, 'Access-Control-Allow-Origin': '*' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const s of sessions.splice(0)) await s.close().catch(() => undefined)
  await browser?.close()
  await host?.close()
  await app?.close()
})

async function open(server: StaticServer | undefined, path: string, viewport: { width: number; height: number }): Promise<AppSession> {
  if (!browser || !server) throw new Error('beforeAll did not start the browser and server')
  const session = await openApp(browser, server.url, path, { viewport })
  sessions.push(session)
  return session
}

/** Where the embed's parts end, relative to the frame's own window (what a fixed-height frame shows). */
const layoutOf = (frame: Frame) =>
  frame.evaluate(() => {
    const bottom = (testid: string) => document.querySelector(`[data-testid="${testid}"]`)?.getBoundingClientRect().bottom ?? Infinity
    return {
      windowHeight: innerHeight,
      content: Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
      title: bottom('embed-title'),
      bar: document.querySelector('.embed-bar')?.getBoundingClientRect().bottom ?? Infinity,
      caption: bottom('embed-caption'),
      credit: bottom('embed-credit'),
    }
  })

describe('embed code pasted where the script is stripped (another origin, 350 and 700 px columns)', () => {
  it('the frame’s height holds title, map, bar, caption and credit at the column width it was made for', async () => {
    const data = loadExpected()
    const khabarovsk = idsOf(data.camps.filter((c) => c.region === 'khabarovsk-krai'))
    const session = await open(app, 'index.html?region=khabarovsk-krai', { width: 1280, height: 900 })
    const { page } = session
    await page.waitForFunction((n) => window.__e2e.mapCamps().length === n, khabarovsk.length)
    await page.click('[data-testid="share-button"]')
    await page.waitForSelector('dialog[data-testid="share-dialog"][open]')
    await page.fill('[data-testid="share-option-title"]', 'Japanese prisoners in Khabarovsk Krai, 1945–1956: the camps the sources name')
    await page.fill(
      '[data-testid="share-option-caption"]',
      'Each marker is a camp or camp district; its size is the detainee tier of the Japanese Ministry of Health and Welfare map. Open a camp for its figures and sources.',
    )
    const snippets: string[] = []
    for (const column of COLUMNS) {
      await page.fill('[data-testid="share-option-column"]', String(column))
      // The preview lays out at that width and reports its height: the snippet takes it.
      await page.waitForFunction(
        (w) =>
          document.querySelector('[data-testid="share-preview"]')?.getAttribute('width') === String(w) &&
          document.querySelector('[data-testid="share-snippet-height"]')?.getAttribute('data-measured') === 'true',
        column,
      )
      const snippet = await page.inputValue('[data-testid="share-snippet"]')
      const height = await page.$eval('[data-testid="share-snippet-height"]', (el) => Number(el.getAttribute('data-height')))
      expect(snippet).toContain(`height="${height}"`)
      expect(height, `the ${column} px frame is taller than map and bar`).toBeGreaterThan(540)
      // Strip the script line, as a content system would.
      snippets.push(snippet.replace(/<script[^>]*><\/script>/g, ''))
    }
    expect(snippets.every((s) => !s.includes('<script'))).toBe(true)
    await expectClean(session)

    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article without scripts</title>
<style>body{margin:0;padding:1rem;font:16px/1.5 Georgia,serif}.column{margin-bottom:2rem}iframe{display:block;border:0}</style></head><body>
${COLUMNS.map((w, i) => `<div class="column" id="col-${w}" style="width:${w}px"><p>A ${w} px column.</p>${snippets[i] ?? ''}</div>`).join('\n')}
</body></html>`
    host = await serveDist({ snapshot: false, routes: [{ path: '/article.html', body, headers: {} }] })
    const article = await open(host, 'article.html', { width: 1280, height: 2400 })
    expect(new URL(article.page.url()).origin).not.toBe(new URL(app?.url ?? '').origin)
    for (const column of COLUMNS) {
      const frame = await embedFrame(article.page, `#col-${column} iframe`)
      await frameWait(frame, (n) => window.__e2e.mapCamps().length === n, khabarovsk.length, `Khabarovsk markers in the ${column} px frame`)
      await frameWait(frame, () => window.__e2e.shown('embed-credit'), null, 'the credit')
      expect(await frame.evaluate(() => innerWidth)).toBe(column)
      const layout = await layoutOf(frame)
      // Nothing was resized: the frame has the snippet's height, and every part ends inside it.
      expect(layout.windowHeight, `${column} px`).toBeGreaterThanOrEqual(layout.content)
      for (const part of ['title', 'bar', 'caption', 'credit'] as const)
        expect(layout[part], `${column} px: the ${part} ends at ${layout[part]}, the frame at ${layout.windowHeight}`).toBeLessThanOrEqual(
          layout.windowHeight,
        )
    }
    await expectClean(article)
  })

  it('a frame kept shorter than its content still shows the credit at its bottom edge', async () => {
    const session = await open(app, 'embed.html?region=chita-oblast&title=Camps%20of%20Chita&caption=Six%20camps', {
      width: 600,
      height: 480,
    })
    const { page } = session
    await page.waitForFunction(() => window.__e2e.shown('embed-credit'))
    const { credit, windowHeight, content } = await page.evaluate(() => ({
      credit: document.querySelector('[data-testid="embed-credit"]')?.getBoundingClientRect().bottom ?? Infinity,
      windowHeight: innerHeight,
      content: document.getElementById('root')?.getBoundingClientRect().height ?? 0,
    }))
    expect(content).toBeGreaterThan(windowHeight)
    expect(credit).toBeLessThanOrEqual(windowHeight)
    await expectClean(session)
  })
})
