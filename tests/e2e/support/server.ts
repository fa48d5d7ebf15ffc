import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, resolve, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'

/**
 * A tiny, dependency-free static server for the production build (`dist/`), so the
 * end-to-end tests exercise exactly what would be deployed: same bundle, same relative
 * asset URLs, and (optionally) a strict Content-Security-Policy like a museum's host.
 */

/** The policy our deployment docs recommend; tests serve the app under it. */
export const STRICT_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'"

export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** An extra page the server answers with, e.g. a host page that embeds the map. */
export type ExtraRoute = {
  /** Path beginning with `/`, matched exactly against the request path (no query). */
  path: string
  body: string
  /** Defaults to text/html. */
  contentType?: string
  /** Headers for this route only; they replace the server-wide extra headers. */
  headers?: Record<string, string>
}

export type ServeOptions = {
  /** Directory to serve; defaults to `<repo>/dist`. */
  root?: string
  /** Headers added to every static response, e.g. `{ 'Content-Security-Policy': STRICT_CSP }`. */
  headers?: Record<string, string>
  routes?: ExtraRoute[]
  /**
   * Serve a copy of the directory taken at start (default true), so that a rebuild in
   * the same working tree (vite empties dist/ first) cannot pull files from under a run.
   */
  snapshot?: boolean
}

export type StaticServer = {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string
  close: () => Promise<void>
}

/** Repository root (this file lives in tests/e2e/support/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
/** The build under test; E2E_DIST lets parallel work test its own build. */
export const DIST_DIR = process.env.E2E_DIST ?? join(REPO_ROOT, 'dist')

/** Throws a message a newcomer can act on when the production build is missing. */
export function assertBuilt(root: string = DIST_DIR): void {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${join(root, 'index.html')} is missing: the end-to-end tests run against the production ` +
        'build. Run `npm run test:e2e` (it builds first) or `npm run build` before `vitest run --project e2e`.',
    )
  }
}

/**
 * Maps a URL path to a file inside `root`, or null when it would escape `root`
 * (`..`, encoded slashes, NUL) or cannot be decoded.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.')
  if (segments.some((s) => s === '..')) return null
  const base = resolve(root)
  const file = resolve(base, ...segments)
  if (file !== base && !file.startsWith(base + sep)) return null
  return file
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string>,
  headOnly: boolean,
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  })
  res.end(headOnly ? undefined : body)
}

async function handle(req: IncomingMessage, res: ServerResponse, root: string, options: ServeOptions): Promise<void> {
  const headers = options.headers ?? {}
  const headOnly = req.method === 'HEAD'
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' }, false)
    return
  }
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
  const route = options.routes?.find((r) => r.path === path)
  if (route) {
    send(res, 200, route.body, route.contentType ?? MIME['.html']!, route.headers ?? headers, headOnly)
    return
  }
  let file = resolveInside(root, path)
  if (file === null) {
    send(res, 400, 'bad path', 'text/plain; charset=utf-8', {}, headOnly)
    return
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    const body = await readFile(file)
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'
    send(res, 200, body, type, headers, headOnly)
  } catch {
    send(res, 404, 'not found', 'text/plain; charset=utf-8', {}, headOnly)
  }
}

/** Serves `dist/` (or `options.root`) on 127.0.0.1 at a port the OS picks. */
export async function serveDist(options: ServeOptions = {}): Promise<StaticServer> {
  const source = resolve(options.root ?? DIST_DIR)
  assertBuilt(source)
  const copy = options.snapshot === false ? null : mkdtempSync(join(tmpdir(), 'e2e-dist-'))
  if (copy !== null) cpSync(source, copy, { recursive: true })
  const root = copy ?? source
  if (copy !== null) assertBuilt(copy)
  const server = createServer((req, res) => {
    handle(req, res, root, options).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  const { url, close } = await listenOnLoopback(server)
  return {
    url,
    close: async () => {
      await close()
      if (copy !== null) rmSync(copy, { recursive: true, force: true })
    },
  }
}

/** Starts a server on 127.0.0.1 at a port the OS picks; `close` also drops open connections. */
export async function listenOnLoopback(server: Server): Promise<StaticServer> {
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => ok())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
