/**
 * Geometry of the repatriation bar chart, pure: one slot per year, a bar where the sources
 * give a figure, a "no figure" mark (never a zero bar) where they give none.
 */

export type ChartInput = { year: number; value: number | null }

type ChartBar =
  | { kind: 'bar'; year: number; value: number; x: number; y: number; width: number; height: number; labelX: number; labelY: number }
  | { kind: 'missing'; year: number; x: number; y: number; width: number; height: number; labelX: number; labelY: number }

type ChartTick = { value: number; y: number }

export type ChartGeometry = {
  width: number
  height: number
  plot: { left: number; top: number; right: number; bottom: number }
  bars: ChartBar[]
  ticks: ChartTick[]
  max: number
}

export type ChartOptions = {
  width: number
  height: number
  margin: { left: number; top: number; right: number; bottom: number }
  gap: number
  tickStep: number
}

const defaultChartOptions: ChartOptions = {
  width: 560,
  height: 260,
  margin: { left: 64, top: 16, right: 8, bottom: 36 },
  gap: 0.25,
  tickStep: 50_000,
}

/** Round to 0.1 px so the SVG text is stable across platforms. */
const r = (n: number) => Math.round(n * 10) / 10

export function chartGeometry(rows: readonly ChartInput[], options: ChartOptions = defaultChartOptions): ChartGeometry {
  const { width, height, margin, gap, tickStep } = options
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom }
  const plotWidth = plot.right - plot.left
  const plotHeight = plot.bottom - plot.top
  const known = rows.flatMap((row) => (row.value === null ? [] : [row.value]))
  const top = Math.max(tickStep, Math.ceil(Math.max(0, ...known) / tickStep) * tickStep)
  const slot = rows.length === 0 ? 0 : plotWidth / rows.length
  const barWidth = slot * (1 - gap)
  const scale = (value: number) => (value / top) * plotHeight
  const bars: ChartBar[] = rows.map((row, i) => {
    const x = plot.left + i * slot + (slot - barWidth) / 2
    const labelX = r(x + barWidth / 2)
    if (row.value === null) {
      const markHeight = Math.min(plotHeight, 6)
      return {
        kind: 'missing',
        year: row.year,
        x: r(x),
        y: r(plot.bottom - markHeight),
        width: r(barWidth),
        height: markHeight,
        labelX,
        labelY: r(plot.bottom + 14),
      }
    }
    const h = scale(row.value)
    return {
      kind: 'bar',
      year: row.year,
      value: row.value,
      x: r(x),
      y: r(plot.bottom - h),
      width: r(barWidth),
      height: r(h),
      labelX,
      labelY: r(plot.bottom + 14),
    }
  })
  const ticks: ChartTick[] = []
  for (let v = 0; v <= top; v += tickStep) ticks.push({ value: v, y: r(plot.bottom - scale(v)) })
  return { width, height, plot, bars, ticks, max: top }
}
