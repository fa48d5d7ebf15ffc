import { palette, SEA } from '../symbols/line-palette'

/** The map's colours: the same palette as the live map (src/symbols/line-palette.ts). */
export const STYLE = {
  sea: SEA,
  land: palette.land.fill,
  border: palette.land.stroke,
  mongoliaFill: palette.mongolia.fill,
  mongoliaBorder: palette.mongolia.stroke,
  ussr: palette.ussr1946.color,
  ussrDash: palette.ussr1946.dashArray,
  water: palette.river.color,
  railway: palette.railway.casing,
  railwayInner: palette.railway.inner,
  bam: palette.bamBuilt.color,
  ink: '#1d1d1b',
  inkSoft: '#555555',
  halo: '#5b5b5b',
} as const

export const FONT_EN = "'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK JP', sans-serif"
export const FONT_JA = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', 'Noto Sans', 'DejaVu Sans', sans-serif"

export const MARGIN = 24
export const TITLE_SIZE = 26
export const SUBTITLE_SIZE = 17
export const CAPTION_SIZE = 15
export const CREDIT_SIZE = 11
export const LABEL_SIZE = 12
export const LEGEND_SIZE = 12
