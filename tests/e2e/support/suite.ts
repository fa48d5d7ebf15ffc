import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { serveDist, type ServeOptions, type StaticServer } from './server'
import { DESKTOP, launchBrowser, openApp, type AppSession, type OpenOptions } from './browser'

export type BrowserSuite = {
  /** Opens a path of the served build in a fresh context; closed after the file's tests. */
  open: (path: string, options?: OpenOptions) => Promise<AppSession>
  /** The server's origin, e.g. `http://127.0.0.1:41234/`. */
  url: () => string
}

/** One static server and one Chromium for a test file, started and stopped by its hooks. */
export function setUpBrowserSuite(serveOptions: ServeOptions): BrowserSuite {
  let server: StaticServer | undefined
  let browser: Browser | undefined
  const sessions: AppSession[] = []
  beforeAll(async () => {
    server = await serveDist(serveOptions)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const s of sessions.splice(0)) await s.close()
    await browser?.close()
    await server?.close()
  })
  return {
    async open(path, options = { viewport: DESKTOP }) {
      if (!browser || !server) throw new Error('beforeAll did not start the browser and server')
      const session = await openApp(browser, server.url, path, options)
      sessions.push(session)
      return session
    },
    url() {
      if (!server) throw new Error('beforeAll did not start the server')
      return server.url
    },
  }
}
