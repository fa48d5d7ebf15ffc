/** Median, minimum and maximum of a non-empty list of samples. */
export type Summary = { median: number; min: number; max: number; runs: number }

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize: no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length }
}

/** "ours / baseline" as e.g. `0.42×`, or `n/a` when either side is missing or zero. */
export function formatRatio(ours: number | null, baseline: number | null): string {
  if (ours === null || baseline === null || baseline === 0) return 'n/a'
  return `${(ours / baseline).toFixed(2)}×`
}

/** A fixed-width text table: first row is the header, columns padded to their widest cell. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  const line = (row: readonly string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const [header, ...body] = rows
  if (!header) return ''
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n')
}
