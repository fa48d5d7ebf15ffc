/**
 * `npm run screenshots`: builds, serves dist/ and writes docs/screenshots/desktop.png
 * (1440×900) and docs/screenshots/phone.png (390×844). Not part of the test run; the
 * README shows the desktop one. Prints what went wrong on the page, if anything.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DESKTOP, PHONE, launchBrowser, openApp } from './support/browser'
import { REPO_ROOT, STRICT_CSP, serveDist } from './support/server'

const OUT_DIR = join(REPO_ROOT, 'docs', 'screenshots')

const shots = [
  { file: 'desktop.png', viewport: DESKTOP },
  { file: 'phone.png', viewport: PHONE },
] as const

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true })
  const server = await serveDist({ headers: { 'Content-Security-Policy': STRICT_CSP } })
  const browser = await launchBrowser()
  let problems = 0
  try {
    for (const shot of shots) {
      const session = await openApp(browser, server.url, '', { viewport: shot.viewport })
      const { page } = session
      // Anonymous arrows only: tsx (esbuild keepNames) wraps named functions in a
      // `__name` helper that does not exist in the page. Functions, not strings: Playwright
      // evaluates string predicates with eval, which the CSP forbids.
      await page.waitForFunction(() => window.__e2e.markers().length > 0, undefined, {
        timeout: 30_000,
      })
      await page.waitForLoadState('networkidle')
      await page.evaluate(
        () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      )
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
