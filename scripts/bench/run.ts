import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { z } from 'zod'
import { launchBrowser } from '../../tests/e2e/support/browser'
import { syntheticFileName, writeSyntheticSets } from '../make-synthetic'
import { buildIfStale } from './build-if-stale'
import { serveBench, type BenchServer } from './serve'
import { measureSet, type PageResult, type Target } from './measure'
import { formatReport } from './report'
import { formatPlacement, measurePlacement } from './placement'
import { formatTable } from './stats'

/**
 * `npm run bench`: builds the app if needed, writes the synthetic sets, serves dist/ and
 * bench/ with gzip on 127.0.0.1, and measures the app and a plain-Leaflet baseline side by
 * side in headless Chromium. Prints one table; also writes bench-results/latest.json.
 *
 *   npm run bench [-- --runs 5] [-- --steps 15] [-- --sets default,1000,10000,50000]
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SYNTHETIC_COUNTS = [1_000, 10_000, 50_000]

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

const dataFileSchema = z.object({ features: z.array(z.object({ properties: z.object({ region: z.string(), modernName: z.string() }) })) })
type DataFile = z.infer<typeof dataFileSchema>

function readDataset(file: string): DataFile {
  return dataFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/** The largest region that is not everything, and a place name from it, to filter and search by. */
function chooseFilters(data: DataFile): { region: string; query: string } {
  const counts = new Map<string, number>()
  for (const f of data.features) counts.set(f.properties.region, (counts.get(f.properties.region) ?? 0) + 1)
  const [region] = [...counts.entries()]
    .filter(([, n]) => n < data.features.length)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0]
  const first = data.features.find((f) => f.properties.region === region)
  return { region, query: (first?.properties.modernName ?? 'a').toLowerCase() }
}

function distAsset(prefix: string): string {
  const name = readdirSync(join(ROOT, 'dist/assets')).find((f) => f.startsWith(prefix))
  if (name === undefined) throw new Error(`dist/assets has no ${prefix}* file`)
  return `/assets/${name}`
}

function targetsFor(set: string): Target[] {
  const baselineBase = `baseline/baseline.html?basemap=/basemap.topo.json&water=/basemap-water-low.topo.json&railways=${distAsset('railways-1940s-')}&towns=${distAsset('towns-')}`
  if (set === 'default') {
    const file = distAsset('camps-')
    const data = readDataset(join(ROOT, 'dist', file))
    const filters = chooseFilters(data)
    const common = { set: `default (${data.features.length})`, expected: data.features.length, ...filters }
    return [
      { ...common, side: 'ours', path: '' },
      { ...common, side: 'baseline', path: `${baselineBase}&data=${file}` },
    ]
  }
  const count = Number(set)
  const data = readDataset(join(ROOT, 'bench', syntheticFileName(count)))
  const filters = chooseFilters(data)
  const common = { set: `${count.toLocaleString('en')} synthetic`, expected: count, ...filters, fps: count === 50_000 }
  const appPath = `?data=bench/${syntheticFileName(count)}`
  const targets: Target[] = [
    { ...common, side: 'ours', path: appPath },
    { ...common, side: 'baseline', path: `${baselineBase}&data=/bench/${syntheticFileName(count)}` },
  ]
  if (count === 1_000) targets.push({ ...common, fps: false, side: 'ours, DOM markers forced', path: `${appPath}&renderer=dom` })
  return targets
}

async function main(): Promise<void> {
  const runs = Number(argValue('--runs') ?? 5)
  // Filter and search steps per side: more than the cold loads, as each is short and single steps vary.
  const steps = Number(argValue('--steps') ?? Math.max(15, runs))
  const sets = (argValue('--sets') ?? 'default,1000,10000,50000').split(',')
  const started = new Date()
  const loadBefore = loadavg()
  buildIfStale(ROOT)
  const needed = SYNTHETIC_COUNTS.filter((n) => sets.includes(String(n)))
  if (needed.some((n) => !existsSync(join(ROOT, 'bench', syntheticFileName(n))))) writeSyntheticSets(join(ROOT, 'bench'))
  else console.log('bench/ synthetic sets present (delete bench/ to regenerate)')
  const server: BenchServer = await serveBench([
    { prefix: '/', root: join(ROOT, 'dist') },
    { prefix: '/bench', root: join(ROOT, 'bench') },
    { prefix: '/baseline', root: join(ROOT, 'scripts/bench') },
    { prefix: '/baseline/vendor/leaflet', root: join(ROOT, 'node_modules/leaflet/dist') },
    { prefix: '/baseline/vendor/topojson-client', root: join(ROOT, 'node_modules/topojson-client/dist') },
  ])
  let browser: Browser | undefined
  const results: PageResult[] = []
  try {
    browser = await launchBrowser()
    for (const set of sets) {
      const targets = targetsFor(set)
      console.error(`measuring ${targets[0]?.set ?? set}: ${targets.map((t) => t.side).join(', ')} in turn (${runs} runs, ${steps} steps)…`)
      results.push(...(await measureSet(browser, server, targets, runs, steps)))
    }
    const machine = {
      date: started.toISOString(),
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      node: process.version,
      chromium: browser.version(),
      loadBefore: loadBefore.map((n) => n.toFixed(2)).join(' '),
      loadAfter: loadavg()
        .map((n) => n.toFixed(2))
        .join(' '),
      runs,
      steps,
      seconds: Math.round((Date.now() - started.getTime()) / 1000),
    }
    const placement = measurePlacement(runs)
    console.log(formatReport(machine, results))
    console.log(
      `\nThe placement model (src/symbols/placement), in Node, ${runs * 10} runs for the camps and ${runs} for the synthetic sets:\n`,
    )
    console.log(formatTable([['points', 'case', 'ms: median (min–max)'], ...formatPlacement(placement)]))
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true })
    writeFileSync(join(ROOT, 'bench-results/latest.json'), `${JSON.stringify({ machine, results, placement }, null, 2)}\n`)
  } finally {
    await browser?.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
