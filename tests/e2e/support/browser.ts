import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { PROBE_SCRIPT } from './probe'

/**
 * Debian's Chromium driven by playwright-core: no browser download, so CI needs only
 * the npm registry and Debian packages (scripts/ensure-test-browser.sh installs it).
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const DESKTOP = { width: 1440, height: 900 } as const
export const PHONE = { width: 390, height: 844 } as const

/**
 * Headless Chromium (156) opens each browser context in a window of its own with the
 * omnibox's WebUI popups loaded in it: two more renderer processes per context, which
 * cost about a quarter of a cold load of the app on this machine. No test uses them.
 */
const WINDOW_WEBUI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI']

/**
 * Chromium reads only the last `--disable-features`, and playwright-core passes its own
 * (src/server/chromium/chromiumSwitches.ts, 1.65): ours repeats that list.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
]

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: run \`bash scripts/ensure-test-browser.sh\` ` +
        "(as root it installs Debian's chromium and fonts-noto-cjk), or set CHROMIUM_PATH.",
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...WINDOW_WEBUI_FEATURES].join(',')}`,
    ],
  })
}

/** Everything a page did that a test of ours treats as a failure. */
export type Collected = {
  /** Console errors other than Chromium's CSP reports. */
  consoleErrors: string[]
  pageErrors: string[]
  /** `securitypolicyviolation` events and Chromium's CSP console reports. */
  cspViolations: string[]
  /** Requests to any host but 127.0.0.1/localhost (they are also aborted). */
  externalRequests: string[]
}

export type AppSession = {
  page: Page
  context: BrowserContext
  collected: Collected
  /** Pulls the CSP violations the page recorded into `collected.cspViolations`. */
  flush: () => Promise<void>
  close: () => Promise<void>
}

const CSP_MESSAGE = /Content Security Policy|(?:default|script|style|img|connect|font|worker|frame)-src/i

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** True for URLs that leave the machine (data:, blob:, about: stay local). */
export function isExternal(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return true
  }
  if (['data:', 'blob:', 'about:', 'chrome-extension:', 'chrome:'].includes(parsed.protocol)) {
    return false
  }
  return !LOCAL_HOSTS.has(parsed.hostname)
}

export type OpenOptions = {
  viewport?: { width: number; height: number }
  /** Wait until the map shows this many camps, by their own marker or in a group (default: don't wait). */
  waitForMarkers?: number
}

/** A browser context set up for the app: its pages open sessions, each with its own collectors. */
export type AppContext = {
  context: BrowserContext
  /** Opens `path` (relative to `baseUrl`) in a new page of this context; the session's `close` closes that page. */
  open: (baseUrl: string, path?: string, options?: Pick<OpenOptions, 'waitForMarkers'>) => Promise<AppSession>
  close: () => Promise<void>
}

/**
 * A context at `viewport` with the probe, the block on other hosts and the collectors'
 * request listener. Pages of one context share only what the app never uses (cookies,
 * storage; every response is `no-store`, support/server.ts), so a page opened in it starts
 * like one in a fresh context, without the cost of a new context (a new browser window).
 */
export async function newAppContext(browser: Browser, viewport: { width: number; height: number } = DESKTOP): Promise<AppContext> {
  const context = await browser.newContext({
    viewport,
    locale: 'en-GB',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  })
  // Every wait is on a condition; its time limit only ends a hung test, so it is generous
  // enough for a machine shared with other test runs.
  context.setDefaultTimeout(60_000)
  /** The collectors of the open sessions, by their page. */
  const owners = new Map<Page, Collected>()
  await context.addInitScript({ content: PROBE_SCRIPT })
  context.on('request', (req) => {
    if (!isExternal(req.url())) return
    let page: Page | null = null
    try {
      page = req.frame().page()
    } catch {
      // A request with no frame (a service worker's): nobody's in particular.
    }
    const owner = page === null ? undefined : owners.get(page)
    // A request of a page no session opened (a popup) counts for every open session.
    for (const c of owner ? [owner] : owners.values()) c.externalRequests.push(`${req.method()} ${req.url()}`)
  })
  await context.route(
    (url) => isExternal(url.href),
    (route) => route.abort('blockedbyclient'),
  )
  const open = async (baseUrl: string, path = '', options: Pick<OpenOptions, 'waitForMarkers'> = {}): Promise<AppSession> => {
    const collected: Collected = {
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      externalRequests: [],
    }
    const page = await context.newPage()
    owners.set(page, collected)
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return
      const loc = msg.location()
      const where = loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''
      // Chromium reports a CSP violation as a console error too; it is counted once, as a
      // violation, so one policy problem shows up in the CSP test instead of in every test.
      if (CSP_MESSAGE.test(msg.text())) collected.cspViolations.push(`${msg.text().trim()}${where}`)
      else collected.consoleErrors.push(`${msg.text()}${where}`)
    })
    page.on('pageerror', (err) => collected.pageErrors.push(err.stack ?? err.message))
    page.on('websocket', (ws) => {
      if (isExternal(ws.url())) collected.externalRequests.push(`WS ${ws.url()}`)
    })
    const flush = async (): Promise<void> => {
      if (page.isClosed()) return
      const fromPage = await page
        .evaluate(() => window.__e2e.csp.map((v) => `${v.directive} ${v.blocked} ${v.sample}`))
        .catch(() => [] as string[])
      for (const v of fromPage) {
        if (!collected.cspViolations.includes(v)) collected.cspViolations.push(v)
      }
    }
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' })
    if (options.waitForMarkers !== undefined) {
      await waitUntil(
        page,
        (n) => window.__e2e.mapCamps().length === n,
        options.waitForMarkers,
        `${options.waitForMarkers} camps on the map after loading ${path || '/'}`,
      )
    }
    const close = async (): Promise<void> => {
      owners.delete(page)
      await page.close()
    }
    return { page, context, collected, flush, close }
  }
  return { context, open, close: () => context.close() }
}

/**
 * Opens `path` (relative to `baseUrl`, e.g. `?camp=taishet`) in a fresh context with the
 * collectors attached before the first request; the session's `close` closes the context.
 */
export async function openApp(browser: Browser, baseUrl: string, path = '', options: OpenOptions = {}): Promise<AppSession> {
  const app = await newAppContext(browser, options.viewport)
  const session = await app.open(baseUrl, path, options)
  return { ...session, close: app.close }
}

/** The probe's one-line description of the page, for failure messages. */
export async function dumpPage(page: Page): Promise<string> {
  return page.evaluate(() => window.__e2e.dump()).catch((e: unknown) => `(no dump: ${String(e)})`)
}

/**
 * `page.waitForFunction` with a failure message that says what was awaited and what the
 * page looked like instead.
 */
export async function waitUntil<A>(page: Page, predicate: (arg: A) => boolean, arg: A, what: string, timeoutMs = 45_000): Promise<void> {
  try {
    // Playwright types the page-side argument as Unboxed<A>, which equals A for the plain
    // JSON values passed here but cannot be proven for a generic A.
    const pageFunction = predicate as (arg: unknown) => boolean
    await page.waitForFunction(pageFunction, arg as unknown, { timeout: timeoutMs })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(`Waiting for ${what} failed: ${reason}\nPage: ${await dumpPage(page)}`, { cause: error })
  }
}
