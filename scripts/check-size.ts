import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { isMain } from './lib/is-main'

/**
 * `npm run size`: the initial JavaScript of the built app, i.e. the scripts and module
 * preloads that dist/index.html loads before anything else, must stay within the budget of
 * issue 5 (200 KB gzip). Prints every file's size; exits 1 when the total is over budget.
 * Lazy chunks (loaded later with import()) do not count.
 */

export const INITIAL_JS_BUDGET_BYTES = 200 * 1024
const ROOT = fileURLToPath(new URL('../', import.meta.url))

/** The JS files an HTML page loads at once: module scripts and modulepreload links. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)) if (match[1]) found.add(match[1])
  for (const match of html.matchAll(
    /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"[^>]*>|<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"[^>]*>/g,
  )) {
    const href = match[1] ?? match[2]
    if (href) found.add(href)
  }
  return [...found]
}

export type SizeReport = { files: { file: string; gzipBytes: number }[]; totalGzipBytes: number; withinBudget: boolean }

/** Sizes of the initial JS of `<distDir>/<page>` after gzip (level 9, like a static host). */
export function measureInitialJs(distDir: string, page = 'index.html', budget = INITIAL_JS_BUDGET_BYTES): SizeReport {
  const htmlFile = join(distDir, page)
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} is missing: run \`npm run build\` first`)
  const files = initialScripts(readFileSync(htmlFile, 'utf8')).map((src) => {
    const file = join(distDir, src.replace(/^\.?\//, ''))
    return { file: src, gzipBytes: gzipSync(readFileSync(file), { level: 9 }).length }
  })
  const totalGzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0)
  return { files, totalGzipBytes, withinBudget: totalGzipBytes <= budget }
}

if (isMain(import.meta.url)) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  const report = measureInitialJs(join(ROOT, 'dist'))
  for (const { file, gzipBytes } of report.files) console.log(`${kb(gzipBytes).padStart(10)}  ${file}`)
  console.log(`${kb(report.totalGzipBytes).padStart(10)}  initial JS of dist/index.html (gzip), budget ${kb(INITIAL_JS_BUDGET_BYTES)}`)
  if (report.files.length === 0) {
    console.error('size: dist/index.html loads no script; is the build broken?')
    process.exit(1)
  }
  if (!report.withinBudget) {
    console.error(
      `size: initial JS is ${kb(report.totalGzipBytes)} gzip, over the ${kb(INITIAL_JS_BUDGET_BYTES)} budget (issue 5). ` +
        'Split what the first paint does not need with import(), or drop a dependency.',
    )
    process.exit(1)
  }
}
