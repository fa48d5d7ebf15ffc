import type { PageResult, TransferSummary } from './measure'
import { formatRatio, formatTable, summarize } from './stats'

export type Machine = {
  date: string
  cpu: string
  cores: number
  node: string
  chromium: string
  loadBefore: string
  loadAfter: string
  runs: number
  /** Filter and search steps per side. */
  steps: number
  seconds: number
}

function cell(samples: readonly number[], digits = 0): { text: string; median: number | null } {
  if (samples.length === 0) return { text: 'n/a', median: null }
  const s = summarize(samples)
  return { text: `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`, median: s.median }
}

function single(value: number | null | undefined, digits: number): { text: string; median: number | null } {
  return value === null || value === undefined ? { text: 'n/a', median: null } : { text: value.toFixed(digits), median: value }
}

const kb = (bytes: number) => bytes / 1024
const TRANSFER_ROWS: readonly [keyof TransferSummary, string][] = [
  ['js', 'transfer JS (KB gzip)'],
  ['css', 'transfer CSS (KB gzip)'],
  ['data', 'transfer data (KB gzip)'],
  ['basemap', 'transfer basemap (KB gzip)'],
  ['total', 'transfer total incl. HTML (KB gzip)'],
]

function rowsFor(ours: PageResult, baseline: PageResult | undefined): string[][] {
  const tag = ours.side === 'ours' ? '' : ` [${ours.side.replace(/^ours, /, '')}]`
  const rows: [string, { text: string; median: number | null }, { text: string; median: number | null }][] = [
    ['cold load to markers painted (ms)', cell(ours.loadMs), cell(baseline?.loadMs ?? [])],
    ['region filter to next frame (ms)', cell(ours.filterMs, 1), cell(baseline?.filterMs ?? [], 1)],
    ['search to next frame (ms)', cell(ours.searchMs, 1), cell(baseline?.searchMs ?? [], 1)],
    ['JS heap after load (MB)', single(ours.heapMb, 1), single(baseline?.heapMb, 1)],
    ['long tasks, navigation to map at rest (count)', cell(ours.longTasks.count), cell(baseline?.longTasks.count ?? [])],
    ['longest task, navigation to map at rest (ms)', cell(ours.longTasks.maxMs), cell(baseline?.longTasks.maxMs ?? [])],
    ['long tasks after first paint (count)', cell(ours.longTasks.countAfterPaint), cell(baseline?.longTasks.countAfterPaint ?? [])],
    [
      'total blocking after first paint (ms)',
      cell(ours.longTasks.blockingAfterPaintMs),
      cell(baseline?.longTasks.blockingAfterPaintMs ?? []),
    ],
  ]
  if (ours.side === 'ours') {
    for (const [key, label] of TRANSFER_ROWS) {
      rows.push([
        label,
        single(ours.transfer ? kb(ours.transfer[key]) : null, 1),
        single(baseline?.transfer ? kb(baseline.transfer[key]) : null, 1),
      ])
    }
  }
  if (ours.fps) {
    rows.push(['pan/zoom (frames per second)', single(ours.fps.fps, 1), single(baseline?.fps?.fps, 1)])
    rows.push(['pan/zoom longest frame (ms)', single(ours.fps.worstMs, 0), single(baseline?.fps?.worstMs, 0)])
  }
  return rows.map(([label, a, b]) => [ours.set, `${label}${tag}`, a.text, b.text, formatRatio(a.median, b.median)])
}

/** The one table `npm run bench` prints, with the machine it ran on. */
export function formatReport(machine: Machine, results: readonly PageResult[]): string {
  const rows: string[][] = [['dataset', 'measure', 'ours: median (min–max)', 'baseline: median (min–max)', 'ours / baseline']]
  for (const result of results) {
    if (result.side === 'baseline') continue
    rows.push(
      ...rowsFor(
        result,
        results.find((r) => r.set === result.set && r.side === 'baseline'),
      ),
    )
  }
  const notes = results.flatMap((r) => r.notes.map((n) => `note (${r.set}, ${r.side}): ${n}`))
  return [
    `Benchmark ${machine.date}: ${machine.runs} cold loads and ${machine.steps} filter and search steps each, the sides in turn; ${machine.seconds} s in all`,
    `Machine: ${machine.cpu}, ${machine.cores} cores; Node ${machine.node}; Chromium ${machine.chromium} (headless, --disable-gpu); load average before ${machine.loadBefore}, after ${machine.loadAfter}`,
    'Baseline: plain Leaflet 1.9.4 page (scripts/bench/baseline.html), L.geoJSON + L.circleMarker, default SVG renderer, same camps file and the same offline basemap layers (countries, USSR outline, water, railways, towns as dots), no labels, no sidebar.',
    '',
    formatTable(rows),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n')
}
