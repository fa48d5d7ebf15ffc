import { useLang, useTranslate } from '../context/app-context'
import { formatNumber } from '../i18n/i18n'
import { chartGeometry } from './chart'
import type { RepatriationRow } from './history-data'
import { chartSummary } from './history-text'

type Props = { rows: readonly RepatriationRow[] }

/** Those released each year as an SVG bar chart with a text equivalent (title and desc). */
export function RepatriationChart({ rows }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const g = chartGeometry(rows.map((r) => ({ year: r.year, value: r.released })))
  const title = t('historyChartTitle')
  const desc = chartSummary(rows, lang, t)
  return (
    <svg
      className="history__chart"
      data-testid="history-chart"
      role="img"
      aria-label={`${title}. ${desc}`}
      viewBox={`0 0 ${g.width} ${g.height}`}
      width="100%"
      aria-labelledby="history-chart-title history-chart-desc"
    >
      <title id="history-chart-title">{title}</title>
      <desc id="history-chart-desc">{desc}</desc>
      {g.ticks.map((tick) => (
        <g key={tick.value} aria-hidden="true">
          <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} className="history__grid" />
          <text x={g.plot.left - 6} y={tick.y + 4} textAnchor="end" className="history__axis">
            {formatNumber(tick.value, lang)}
          </text>
        </g>
      ))}
      {g.bars.map((bar) => (
        <g key={bar.year} aria-hidden="true" data-year={bar.year} data-kind={bar.kind}>
          {bar.kind === 'bar' ? (
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="history__bar" />
          ) : (
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="history__missing" />
          )}
          <text x={bar.labelX} y={bar.labelY} textAnchor="middle" className="history__axis">
            {bar.year}
          </text>
          {bar.kind === 'missing' && (
            <text x={bar.labelX} y={bar.y - 4} textAnchor="middle" className="history__axis history__axis--missing">
              –
            </text>
          )}
        </g>
      ))}
    </svg>
  )
}
