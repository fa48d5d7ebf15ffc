import type { TierKey } from '../data/tier-key'

/**
 * The Ministry of Health and Welfare legend's symbols, as drawing instructions that both
 * the map markers and the legend use. Sizes are in CSS pixels and do not scale with zoom,
 * so every symbol stays readable at every zoom. Shape and size tell the tiers apart on
 * their own; colour is only the label's.
 */
export type TierSymbol = {
  shape: 'circle' | 'triangle' | 'diamond'
  sizePx: number
  fill: string
  stroke: string
  strokeWidthPx: number
  /** SVG dash pattern, for the "not established" symbol that must not look like a tier. */
  dash: string | null
  /** The catalogue number's colour on the legend: red, blue, black, green. */
  labelColor: string
  /** Drawing order and label priority: larger camps first. */
  priority: number
}

const symbols: Record<TierKey, TierSymbol> = {
  '1': {
    shape: 'circle',
    sizePx: 26,
    fill: '#ffffff',
    stroke: '#111111',
    strokeWidthPx: 4.5,
    dash: null,
    labelColor: '#c00000',
    priority: 5,
  },
  '2': {
    shape: 'circle',
    sizePx: 18,
    fill: '#111111',
    stroke: '#111111',
    strokeWidthPx: 1,
    dash: null,
    labelColor: '#0645ad',
    priority: 4,
  },
  '3': {
    shape: 'circle',
    sizePx: 12,
    fill: '#ffffff',
    stroke: '#111111',
    strokeWidthPx: 1.5,
    dash: null,
    labelColor: '#111111',
    priority: 3,
  },
  '4': {
    shape: 'triangle',
    sizePx: 14,
    fill: '#ffffff',
    stroke: '#111111',
    strokeWidthPx: 1.5,
    dash: null,
    labelColor: '#1b7a2f',
    priority: 2,
  },
  unknown: {
    shape: 'diamond',
    sizePx: 14,
    fill: '#f2f2f2',
    stroke: '#555555',
    strokeWidthPx: 1.5,
    dash: '2.5 2',
    labelColor: '#444444',
    priority: 1,
  },
}

/** The legend symbol of a tier. */
export function tierSymbol(tier: TierKey): TierSymbol {
  return symbols[tier]
}

/** The SVG geometry of a symbol inside a square box of `sizePx`, inset by the stroke. */
export function symbolGeometry(
  symbol: TierSymbol,
): { kind: 'circle'; cx: number; cy: number; r: number } | { kind: 'polygon'; points: string } {
  const size = symbol.sizePx
  const half = size / 2
  const inset = symbol.strokeWidthPx / 2
  if (symbol.shape === 'circle') return { kind: 'circle', cx: half, cy: half, r: half - inset }
  const round = (n: number) => Math.round(n * 100) / 100
  if (symbol.shape === 'triangle') {
    const top = inset + 0.5
    const bottom = size - inset
    return {
      kind: 'polygon',
      points: `${round(half)},${round(top)} ${round(size - inset)},${round(bottom)} ${round(inset)},${round(bottom)}`,
    }
  }
  return {
    kind: 'polygon',
    points: `${round(half)},${round(inset)} ${round(size - inset)},${round(half)} ${round(half)},${round(size - inset)} ${round(inset)},${round(half)}`,
  }
}
