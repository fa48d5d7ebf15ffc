import { memo } from 'react'
import type { TierKey } from '../data/tier-key'
import { symbolGeometry, tierSymbol } from './tier-symbol'

/** A legend symbol drawn in React (the map markers draw the same spec with DOM calls). */
export const TierGlyph = memo(function TierGlyph({ tier, scale = 1 }: { tier: TierKey; scale?: number }) {
  const symbol = tierSymbol(tier)
  const size = symbol.sizePx
  const geometry = symbolGeometry(symbol)
  const paint = {
    fill: symbol.fill,
    stroke: symbol.stroke,
    strokeWidth: symbol.strokeWidthPx,
    strokeDasharray: symbol.dash ?? undefined,
  }
  return (
    <svg
      width={size * scale}
      height={size * scale}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      className="tier-glyph"
    >
      {geometry.kind === 'circle' ? (
        <circle cx={geometry.cx} cy={geometry.cy} r={geometry.r} {...paint} />
      ) : (
        <polygon points={geometry.points} {...paint} />
      )}
    </svg>
  )
})
