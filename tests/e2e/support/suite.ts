import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import type { Browser } from 'playwright-core'
import { serveDist, type ServeOptions, type StaticServer } from './server'
import { DESKTOP, launchBrowser, newAppContext, waitUntil, type AppContext, type AppSession, type OpenOptions } from './browser'

export type BrowserSuite = {
  /**
   * Opens a path of the served build in a new page of the file's context for that viewport
   * (support/browser.ts, newAppContext: a new context per page costs a new browser window,
   * about a third more than the page itself). A session opened inside a test
   * is closed after that test when `checkEachTest` is on, else after the file's tests; one
   * opened in a `beforeAll` (a page shared by a describe) lives until the file ends.
   */
  open: (path: string, options?: OpenOptions) => Promise<AppSession>
  /**
   * Loads `path` in an open session's page: a new document in the same context, which is
   * much cheaper than a new context (no new renderer process). Waits for the markers like
   * `open`.
   */
  goto: (session: AppSession, path: string, options?: Pick<OpenOptions, 'waitForMarkers'>) => Promise<void>
  /** The server's origin, e.g. `http://127.0.0.1:41234/`. */
  url: () => string
}

export type SuiteOptions = {
  /**
   * After each test, fail on what any open page collected since the last check: console
   * errors, uncaught exceptions, CSP violations and requests to another host; then close
   * the sessions the test opened. (Without it, a file checks its sessions itself.)
   */
  checkEachTest?: boolean
  /** Console errors to ignore in that check, e.g. the browser's own 404 report. */
  ignoreConsole?: RegExp
}

/** What a session collected since the last call, as one message per problem; the lists are emptied. */
export async function takeProblems(session: AppSession, ignoreConsole: RegExp | null = null): Promise<string[]> {
  await session.flush()
  const c = session.collected
  return [
    ...c.consoleErrors
      .splice(0)
      .filter((e) => ignoreConsole === null || !ignoreConsole.test(e))
      .map((e) => `console error: ${e}`),
    ...c.pageErrors.splice(0).map((e) => `page error: ${e}`),
    ...c.cspViolations.splice(0).map((e) => `CSP violation: ${e}`),
    ...c.externalRequests.splice(0).map((e) => `request to another host: ${e}`),
  ]
}

/** One static server and one Chromium for a test file, started and stopped by its hooks. */
export function setUpBrowserSuite(serveOptions: ServeOptions, options: SuiteOptions = {}): BrowserSuite {
  let server: StaticServer | undefined
  let browser: Browser | undefined
  /** One context per viewport, closed when the file ends. */
  const contexts = new Map<string, Promise<AppContext>>()
  /** Sessions opened in a beforeAll: closed when the file ends. */
  const shared: AppSession[] = []
  /** Sessions opened by the running test. */
  const perTest: AppSession[] = []
  let inTest = false
  beforeAll(async () => {
    server = await serveDist(serveOptions)
    browser = await launchBrowser()
  })
  beforeEach(() => {
    inTest = true
  })
  afterEach(async () => {
    inTest = false
    if (!options.checkEachTest) return
    const problems: string[] = []
    for (const s of [...shared, ...perTest]) problems.push(...(await takeProblems(s, options.ignoreConsole ?? null)))
    for (const s of perTest.splice(0)) await s.close()
    expect(problems, 'console errors, page errors, CSP violations or requests to another host').toEqual([])
  })
  afterAll(async () => {
    for (const s of [...perTest.splice(0), ...shared.splice(0)]) await s.close()
    for (const c of contexts.values()) await (await c).close()
    contexts.clear()
    await browser?.close()
    await server?.close()
  })
  return {
    async open(path, openOptions = { viewport: DESKTOP }) {
      if (!browser || !server) throw new Error('beforeAll did not start the browser and server')
      const viewport = openOptions.viewport ?? DESKTOP
      const key = `${viewport.width}x${viewport.height}`
      let context = contexts.get(key)
      if (context === undefined) {
        context = newAppContext(browser, viewport)
        contexts.set(key, context)
      }
      const session = await (await context).open(server.url, path, openOptions)
      ;(inTest ? perTest : shared).push(session)
      return session
    },
    async goto(session, path, gotoOptions = {}) {
      if (!server) throw new Error('beforeAll did not start the server')
      await session.page.goto(new URL(path, server.url).href, { waitUntil: 'load' })
      const n = gotoOptions.waitForMarkers
      if (n !== undefined)
        await waitUntil(
          session.page,
          (want) => window.__e2e.mapCamps().length === want,
          n,
          `${n} camps on the map after loading ${path || '/'}`,
        )
    },
    url() {
      if (!server) throw new Error('beforeAll did not start the server')
      return server.url
    },
  }
}
