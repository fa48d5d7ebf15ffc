/**
 * The burial-site symbol: a small upright stone with a rounded top, grey with a dark
 * outline. Neutral (no religious sign), readable in greyscale, and unlike every tier symbol
 * (circles, a triangle, a dashed diamond) and the town dots. The map, the legend and the
 * image export draw the same spec.
 */
export const BURIAL_SYMBOL = {
  widthPx: 12,
  heightPx: 15,
  /** SVG path in a widthPx × heightPx box. */
  path: 'M1.5 14.25 V6 A4.5 4.5 0 0 1 10.5 6 V14.25 Z',
  fill: '#8c8c8c',
  stroke: '#111111',
  strokeWidthPx: 1.5,
  /** The uncertainty circle of an approximate site: dotted, unlike the camps' dashed halo. */
  haloColor: '#333333',
  haloDash: '2 4',
} as const

/** The symbol as an SVG element's markup (for a Leaflet divIcon and the legend). */
export function burialSymbolSvg(scale = 1): string {
  const s = BURIAL_SYMBOL
  return `<svg width="${s.widthPx * scale}" height="${s.heightPx * scale}" viewBox="0 0 ${s.widthPx} ${s.heightPx}" aria-hidden="true" focusable="false"><path d="${s.path}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidthPx}"/></svg>`
}
