import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { isMain } from './lib/is-main'

/**
 * `npm run size`: the initial JavaScript of the built app, i.e. the scripts and module
 * preloads that dist/index.html loads before anything else, must stay within its budget:
 * the size recorded in scripts/size-baseline.json plus SLACK_BYTES (5 KB), so that every
 * regression shows. Prints every file's size and the stack's floor (an empty react-leaflet
 * page, scripts/size-floor/, built by Vite the same way); exits 1 when the total is over
 * budget. Lazy chunks (loaded later with import()) do not count.
 *
 * A change that makes the first load smaller, or larger on purpose, records the new size:
 * `npm run build && npm run size -- --update` rewrites the baseline (commit it).
 */

/** What a build may add to the recorded baseline before `npm run size` fails. */
export const SLACK_BYTES = 5 * 1024
const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BASELINE_FILE = join(ROOT, 'scripts/size-baseline.json')

/** The recorded initial JS of dist/index.html, gzip bytes (scripts/size-baseline.json). */
export function readBaseline(file = BASELINE_FILE): number {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const bytes = (parsed as { initialJsGzipBytes?: unknown }).initialJsGzipBytes
  if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes <= 0)
    throw new Error(`${file}: initialJsGzipBytes must be a positive integer`)
  return bytes
}

/** The budget: the baseline plus the slack. */
export function budgetFor(baselineBytes: number): number {
  return baselineBytes + SLACK_BYTES
}

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
export function measureInitialJs(distDir: string, page = 'index.html', budget = Infinity): SizeReport {
  const htmlFile = join(distDir, page)
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} is missing: run \`npm run build\` first`)
  const files = initialScripts(readFileSync(htmlFile, 'utf8')).map((src) => {
    const file = join(distDir, src.replace(/^\.?\//, ''))
    return { file: src, gzipBytes: gzipSync(readFileSync(file), { level: 9 }).length }
  })
  const totalGzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0)
  return { files, totalGzipBytes, withinBudget: totalGzipBytes <= budget }
}

/** The initial JS of an empty react-leaflet page (scripts/size-floor/), built by Vite like the app. */
async function measureFloor(): Promise<number> {
  const { build } = await import('vite')
  const { default: react } = await import('@vitejs/plugin-react')
  const outDir = mkdtempSync(join(tmpdir(), 'size-floor-'))
  try {
    await build({
      root: join(ROOT, 'scripts/size-floor'),
      configFile: false,
      base: './',
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
    })
    return measureInitialJs(outDir).totalGzipBytes
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  const update = process.argv.includes('--update')
  const report = measureInitialJs(join(ROOT, 'dist'))
  if (report.files.length === 0) {
    console.error('size: dist/index.html loads no script; is the build broken?')
    process.exit(1)
  }
  if (update) {
    writeFileSync(BASELINE_FILE, `${JSON.stringify({ initialJsGzipBytes: report.totalGzipBytes }, null, 2)}\n`)
    console.log(`size: baseline set to ${kb(report.totalGzipBytes)} in scripts/size-baseline.json`)
  }
  const budget = budgetFor(readBaseline())
  for (const { file, gzipBytes } of report.files) console.log(`${kb(gzipBytes).padStart(10)}  ${file}`)
  console.log(
    `${kb(report.totalGzipBytes).padStart(10)}  initial JS of dist/index.html (gzip), budget ${kb(budget)} (baseline + ${kb(SLACK_BYTES)})`,
  )
  const floor = await measureFloor()
  console.log(`${kb(floor).padStart(10)}  the stack's floor: an empty react-leaflet page built the same way (scripts/size-floor/)`)
  console.log(`${kb(report.totalGzipBytes - floor).padStart(10)}  the app above the floor`)
  if (report.totalGzipBytes > budget) {
    console.error(
      `size: initial JS is ${kb(report.totalGzipBytes)} gzip, over its budget of ${kb(budget)} (scripts/size-baseline.json + ${kb(SLACK_BYTES)}). ` +
        'Split what the first paint does not need with import(), or drop a dependency; if the growth is wanted, record it with `npm run size -- --update`.',
    )
    process.exit(1)
  }
}
