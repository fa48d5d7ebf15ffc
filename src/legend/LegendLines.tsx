import { memo } from 'react'
import { useTranslate } from '../context/app-context'
import type { MessageKey } from '../i18n/en'
import { palette } from '../symbols/line-palette'

type Stroke = { color: string; width: number; dash?: string; cap?: 'round' | 'butt'; opacity?: number }
type Sample = { key: string; label: MessageKey; strokes: Stroke[]; lake?: boolean }

const W = 28
const H = 12

/** Every line the map draws, with a sample in the map's own style (basemap/palette.ts). */
const samples: readonly Sample[] = [
  {
    key: 'ussr-1946',
    label: 'legendUssr1946',
    strokes: [
      {
        color: palette.ussr1946.color,
        width: palette.ussr1946.weight,
        dash: palette.ussr1946.dashArray,
        opacity: palette.ussr1946.opacity,
      },
    ],
  },
  { key: 'borders', label: 'legendBorders', strokes: [{ color: palette.land.stroke, width: 1 }] },
  {
    key: 'railways',
    label: 'legendRailways',
    strokes: [
      { color: palette.railway.casing, width: palette.railway.casingWeight, cap: 'butt' },
      { color: palette.railway.inner, width: palette.railway.innerWeight, dash: palette.railway.innerDash, cap: 'butt' },
    ],
  },
  {
    key: 'bam-built',
    label: 'legendBamBuilt',
    strokes: [{ color: palette.bamBuilt.color, width: palette.bamBuilt.weight, opacity: palette.bamBuilt.opacity }],
  },
  {
    key: 'bam-planned',
    label: 'legendBamPlanned',
    strokes: [
      {
        color: palette.bamPlanned.color,
        width: palette.bamPlanned.weight,
        dash: palette.bamPlanned.dashArray,
        cap: 'round',
        opacity: palette.bamPlanned.opacity,
      },
    ],
  },
  { key: 'water', label: 'legendWater', strokes: [{ color: palette.river.color, width: 1.6, cap: 'round' }], lake: true },
]

function LineSample({ sample }: { sample: Sample }) {
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" className="legend-line__sample">
      {sample.lake && (
        <rect
          x={15}
          y={1}
          width={12}
          height={10}
          rx={4}
          fill={palette.lake.fill}
          stroke={palette.lake.stroke}
          strokeWidth={palette.lake.weight}
        />
      )}
      {sample.strokes.map((s, i) => (
        <line
          key={i}
          x1={2}
          y1={H / 2}
          x2={sample.lake ? 14 : W - 2}
          y2={H / 2}
          stroke={s.color}
          strokeWidth={s.width}
          strokeDasharray={s.dash}
          strokeLinecap={s.cap ?? 'butt'}
          strokeOpacity={s.opacity ?? 1}
        />
      ))}
    </svg>
  )
}

/** Legend rows for the map's lines: one per line style, in the legend's list. */
export const LegendLines = memo(function LegendLines() {
  const t = useTranslate()
  return (
    <>
      {samples.map((sample) => (
        <li key={sample.key} className="legend__row legend__row--extra" data-legend-line={sample.key}>
          <span className="legend__symbol">
            <LineSample sample={sample} />
          </span>
          <span className="legend__meaning">{t(sample.label)}</span>
        </li>
      ))}
      <li className="legend__row legend__row--extra" data-legend-line="town">
        <span className="legend__symbol">
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
            <circle cx={W / 2} cy={H / 2} r={3} fill="#1d1b18" stroke="#fff" strokeWidth={1.5} />
          </svg>
        </span>
        <span className="legend__meaning">{t('legendTowns')}</span>
      </li>
    </>
  )
})
