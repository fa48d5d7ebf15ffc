import { memo } from 'react'
import type { TierKey } from '../data/tier-key'
import { GROUP_FILL, GROUP_GLYPH_PX, GROUP_STROKE, groupCountText, groupSizePx } from './group-symbol'
import { symbolGeometry, tierSymbol } from './tier-symbol'

/** A group marker as the map draws it (a rounded square, its tiers' glyphs and "×n"), for the legend. */
export const GroupGlyph = memo(function GroupGlyph({ tiers, count }: { tiers: readonly TierKey[]; count: number }) {
  const size = groupSizePx(tiers)
  const g = GROUP_GLYPH_PX
  const row = tiers.length * g + (tiers.length - 1)
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${String(size)} ${String(size)}`}
      aria-hidden="true"
      focusable="false"
      className="group-glyph"
    >
      <rect x={0.75} y={0.75} width={size - 1.5} height={size - 1.5} rx={6} fill={GROUP_FILL} stroke={GROUP_STROKE} strokeWidth={1.5} />
      {tiers.map((tier, i) => {
        const symbol = tierSymbol(tier)
        const geometry = symbolGeometry(symbol)
        const paint = { fill: symbol.fill, stroke: symbol.stroke, strokeWidth: symbol.strokeWidthPx }
        const x = size / 2 - row / 2 + i * (g + 1)
        return (
          <g key={tier} transform={`translate(${String(x)} ${String(size / 2 - g + 0.5)}) scale(${String(g / symbol.sizePx)})`}>
            {geometry.kind === 'circle' ? (
              <circle cx={geometry.cx} cy={geometry.cy} r={geometry.r} {...paint} />
            ) : (
              <polygon points={geometry.points} {...paint} />
            )}
          </g>
        )
      })}
      <text
        x={size / 2}
        y={size / 2 + 8.5}
        textAnchor="middle"
        fontSize={9}
        fontWeight={600}
        fill="#3b352d"
        fontFamily="system-ui, sans-serif"
      >
        {groupCountText(count)}
      </text>
    </svg>
  )
})
