import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { listenOnLoopback, MIME, resolveInside, STRICT_CSP } from '../../tests/e2e/support/server'

/**
 * The bench's static server: like tests/e2e/support/server.ts (same path checks, same
 * strict CSP), but with several mounted folders and gzip, as a production host would
 * send, and a log of the compressed bytes of every response so the bench can report
 * what a first visit transfers.
 */

export type Mount = { prefix: string; root: string }
export type Transfer = { path: string; bytes: number }
export type BenchServer = { url: string; transfers: Transfer[]; close: () => Promise<void> }

const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>()

async function gzipped(file: string): Promise<Buffer> {
  const { mtimeMs } = await stat(file)
  const cached = gzipCache.get(file)
  if (cached && cached.mtimeMs === mtimeMs) return cached.body
  const body = gzipSync(await readFile(file), { level: 6 })
  gzipCache.set(file, { mtimeMs, body })
  return body
}

function findFile(mounts: readonly Mount[], path: string): string | null {
  const mount = mounts.find((m) => path === m.prefix || path.startsWith(m.prefix.endsWith('/') ? m.prefix : `${m.prefix}/`))
  if (!mount) return null
  return resolveInside(mount.root, path.slice(mount.prefix.length))
}

async function handle(req: IncomingMessage, res: ServerResponse, mounts: readonly Mount[], transfers: Transfer[]): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
  let file = findFile(mounts, path)
  try {
    if (file === null) throw new Error('outside')
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    const body = await gzipped(file)
    transfers.push({ path, bytes: body.length })
    res.writeHead(200, {
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Encoding': 'gzip',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': STRICT_CSP,
      'X-Content-Type-Options': 'nosniff',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' })
    res.end('not found')
  }
}

/** Serves the mounts (longest prefix first) on 127.0.0.1 at a port the OS picks. */
export async function serveBench(mounts: readonly Mount[]): Promise<BenchServer> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length)
  const transfers: Transfer[] = []
  const server = createServer((req, res) => {
    handle(req, res, sorted, transfers).catch(() => res.end())
  })
  return { ...(await listenOnLoopback(server)), transfers }
}
