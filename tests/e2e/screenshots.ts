/**
 * `npm run screenshots`: builds, serves dist/ and writes docs/screenshots/desktop.png
 * (1440×900), docs/screenshots/phone.png (390×844), region-chita.png (the Chita Oblast
 * filter: towns, rivers, railways, region name), zoomed.png (`#map=7/51.9/114.6`), the
 * Japanese desktop and phone, the burial-site layer with Chita open, and a 700-px embed.
 * Not part of the test run; the README shows them. Prints what went wrong on the page.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DESKTOP, PHONE, launchBrowser, openApp } from './support/browser'
import { REPO_ROOT, STRICT_CSP, serveDist } from './support/server'
import { mapAtRest } from './support/settle'

const OUT_DIR = join(REPO_ROOT, 'docs', 'screenshots')

const shots = [
  { file: 'desktop.png', viewport: DESKTOP, path: '' },
  { file: 'phone.png', viewport: PHONE, path: '' },
  { file: 'region-chita.png', viewport: DESKTOP, path: '?region=chita-oblast' },
  { file: 'zoomed.png', viewport: DESKTOP, path: '#map=7/51.9/114.6' },
  { file: 'japanese.png', viewport: DESKTOP, path: '?lang=ja' },
  { file: 'phone-ja.png', viewport: PHONE, path: '?lang=ja' },
  { file: 'burials-chita.png', viewport: DESKTOP, path: '?camp=chita&layers=burials' },
  // As an article shows it: the host script sizes the frame to the embed's content (map, bar, credit).
  { file: 'embed-700.png', viewport: { width: 700, height: 560 }, path: 'embed.html?region=khabarovsk-krai', heightOfContent: true },
] as const satisfies readonly { file: string; viewport: { width: number; height: number }; path: string; heightOfContent?: boolean }[]

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true })
  const server = await serveDist({ headers: { 'Content-Security-Policy': STRICT_CSP } })
  const browser = await launchBrowser()
  let problems = 0
  try {
    for (const shot of shots) {
      const session = await openApp(browser, server.url, shot.path, { viewport: shot.viewport })
      const { page } = session
      // Anonymous arrows only: tsx (esbuild keepNames) wraps named functions in a
      // `__name` helper that does not exist in the page. Functions, not strings: Playwright
      // evaluates string predicates with eval, which the CSP forbids.
      await page.waitForFunction(() => window.__e2e.markers().length > 0, undefined, {
        timeout: 30_000,
      })
      await page.waitForLoadState('networkidle')
      // The map's fit animation and the label layer's redraw after it.
      await mapAtRest(page)
      if ('heightOfContent' in shot) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        await page.setViewportSize({ width: shot.viewport.width, height })
        await mapAtRest(page)
      }
      const path = join(OUT_DIR, shot.file)
      await page.screenshot({ path })
      await session.flush()
      const c = session.collected
      const issues = [...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...c.externalRequests]
      problems += issues.length
      console.log(`${path} (${shot.viewport.width}×${shot.viewport.height})`)
      for (const issue of issues) console.log(`  page problem: ${issue}`)
      await session.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  if (problems > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
