import { expect } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import type { AppSession } from './browser'

/**
 * Helpers for host pages that embed the app in iframes (tests/e2e/embed*.e2e.ts): the
 * checks and waits there must look into every frame, not only the host page.
 */

/** Fails on console errors, page errors, CSP violations (page and every frame) or other hosts. */
export async function expectClean(session: AppSession): Promise<void> {
  await session.flush()
  const c = session.collected
  const frameCsp: string[] = []
  for (const frame of session.page.frames()) {
    const found = await frame
      .evaluate(() => (window.__e2e ? window.__e2e.csp.map((v) => `${v.directive} ${v.blocked}`) : []))
      .catch(() => [] as string[])
    frameCsp.push(...found)
  }
  expect([...c.consoleErrors, ...c.pageErrors, ...c.cspViolations, ...frameCsp, ...c.externalRequests]).toEqual([])
}

/**
 * `frame.waitForFunction` (20 s) with a failure message that says what was awaited and
 * what the frame showed instead.
 */
export async function frameWait<A>(frame: Frame, predicate: (arg: A) => boolean, arg: A, what: string): Promise<void> {
  try {
    await frame.waitForFunction(predicate as (arg: unknown) => boolean, arg as unknown, { timeout: 20_000 })
  } catch (error) {
    const dump = await frame.evaluate(() => (window.__e2e ? window.__e2e.dump() : document.body.innerText.slice(0, 300))).catch(String)
    throw new Error(`Waiting for ${what} failed: ${String(error).split('\n')[0]}\nFrame: ${dump}`, { cause: error })
  }
}

/** The frame of an iframe on the host page, once it has loaded embed.html (waits on its navigation). */
export async function embedFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector, { state: 'attached' })
  const frame = await handle.contentFrame()
  if (!frame) throw new Error(`${selector} has no frame`)
  await frame.waitForURL(/embed\.html/, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch((error: unknown) => {
    throw new Error(`${selector} never loaded embed.html (it shows ${frame.url()})`, { cause: error })
  })
  return frame
}
