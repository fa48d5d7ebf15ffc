import { BURIAL_SYMBOL } from '../burials/burial-symbol'

/** The burial-site symbol drawn in React (the map markers draw the same spec as markup). */
export function BurialGlyph({ scale = 1 }: { scale?: number }) {
  const s = BURIAL_SYMBOL
  return (
    <svg
      width={s.widthPx * scale}
      height={s.heightPx * scale}
      viewBox={`0 0 ${s.widthPx} ${s.heightPx}`}
      aria-hidden="true"
      focusable="false"
      className="burial-glyph"
    >
      <path d={s.path} fill={s.fill} stroke={s.stroke} strokeWidth={s.strokeWidthPx} />
    </svg>
  )
}
