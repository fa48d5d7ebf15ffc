import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_PATH } from '../../tests/e2e/support/browser'
import { buildIfStale } from './build-if-stale'
import { serveBench } from './serve'
import { summarize } from './stats'

/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (from npm through `npx`, not a dependency
 * of the project), mobile preset (Lighthouse's default: a mid-range phone, simulated slow
 * 4G and 4x CPU slowdown), performance only, against the built app and the plain-Leaflet
 * page of the bench (scripts/bench/baseline.html, same camps and basemap), both served
 * with gzip by the bench's server. Each page is measured `--runs` times (default 3) in
 * turn; the table gives the medians of the performance score, total blocking time, largest
 * contentful paint and the longest main-thread task. Run it on an idle machine: the load
 * average is printed beside the results.
 *
 *   npm run bench:lighthouse [-- --runs 3]
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LIGHTHOUSE = 'lighthouse@12.2.3'

type Run = { score: number; tbtMs: number; lcpMs: number; longestTaskMs: number }

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function distAsset(prefix: string): string {
  const name = readdirSync(join(ROOT, 'dist/assets')).find((f) => f.startsWith(prefix))
  if (name === undefined) throw new Error(`dist/assets has no ${prefix}* file`)
  return `/assets/${name}`
}

type Audit = { numericValue?: number; details?: { items?: { duration?: number }[] } }
type Report = { categories: { performance: { score: number | null } }; audits: Record<string, Audit | undefined> }

/**
 * Runs a command without blocking this process: the pages are served by this same Node
 * process (serveBench), so a synchronous spawn left every request of the page unanswered
 * until Lighthouse gave up ("Target closed"). Resolves with the exit code.
 */
function run(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('close', resolve)
  })
}

/** One Lighthouse run of `url`; its JSON report read back. */
async function lighthouse(url: string, outDir: string, n: number, retry = true): Promise<Run> {
  const out = join(outDir, `report-${n}.json`)
  const status = await run(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      // Only ends a hung load; a loaded machine may need long.
      '--max-wait-for-load=120000',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run',
    ],
    { cwd: tmpdir(), env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
  )
  if (status !== 0) {
    // Chromium closing its tab mid-run happens on a busy machine: one retry, then give up.
    if (retry) return lighthouse(url, outDir, n, false)
    throw new Error(`lighthouse exited with ${String(status)} for ${url}`)
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report
  const tasks = report.audits['long-tasks']?.details?.items ?? []
  return {
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration ?? 0)),
  }
}

async function main(): Promise<void> {
  const runs = Number(argValue('--runs') ?? 3)
  const loadBefore = loadavg()
  buildIfStale(ROOT)
  const server = await serveBench([
    { prefix: '/', root: join(ROOT, 'dist') },
    { prefix: '/baseline', root: join(ROOT, 'scripts/bench') },
    { prefix: '/baseline/vendor/leaflet', root: join(ROOT, 'node_modules/leaflet/dist') },
    { prefix: '/baseline/vendor/topojson-client', root: join(ROOT, 'node_modules/topojson-client/dist') },
  ])
  const baseline =
    `baseline/baseline.html?basemap=/basemap.topo.json&water=/basemap-water-low.topo.json` +
    `&railways=${distAsset('railways-1940s-')}&towns=${distAsset('towns-')}&data=${distAsset('camps-')}`
  const pages = [
    { name: 'the app, default view', url: server.url },
    { name: 'plain Leaflet, same camps and basemap', url: new URL(baseline, server.url).href },
  ]
  const outDir = mkdtempSync(join(tmpdir(), 'lighthouse-'))
  const results = new Map<string, Run[]>(pages.map((p) => [p.name, []]))
  try {
    // Alternate the pages, so that a change in the machine's load touches both alike.
    for (let i = 0; i < runs; i += 1) {
      for (const page of pages) {
        const result = await lighthouse(page.url, outDir, pages.length * i + pages.indexOf(page))
        results.get(page.name)?.push(result)
        console.log(`run ${i + 1}/${runs} ${page.name}: performance ${result.score}, TBT ${Math.round(result.tbtMs)} ms`)
      }
    }
  } finally {
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
  }
  const loadAfter = loadavg()
  const ms = (v: number) => `${Math.round(v)} ms`
  console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1] ?? ''}, mobile preset, ${runs} runs each, medians (each run's value in brackets)`)
  console.log(
    `load average before ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(1)).join(' ')}\n`,
  )
  console.log('| page | performance | total blocking time | largest contentful paint | longest task |')
  console.log('|---|---|---|---|---|')
  for (const [name, list] of results) {
    const col = (pick: (r: Run) => number, format: (v: number) => string) =>
      `${format(summarize(list.map(pick)).median)} (${list.map((r) => format(pick(r))).join(', ')})`
    console.log(
      `| ${name} | ${col((r) => r.score, String)} | ${col((r) => r.tbtMs, ms)} | ${col((r) => r.lcpMs, ms)} | ${col((r) => r.longestTaskMs, ms)} |`,
    )
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
