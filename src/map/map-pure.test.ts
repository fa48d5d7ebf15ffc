import { describe, expect, it } from 'vitest'
import { tierKeys } from '../data/tier-key'
import { symbolGeometry, tierSymbol } from '../symbols/tier-symbol'

describe('tierSymbol', () => {
  it('draws the legend: large heavy circle, filled black circle, small white circle, triangle', () => {
    expect(tierSymbol('1')).toMatchObject({ shape: 'circle', fill: '#ffffff', labelColor: '#c00000' })
    expect(tierSymbol('1').strokeWidthPx).toBeGreaterThanOrEqual(4)
    expect(tierSymbol('2')).toMatchObject({ shape: 'circle', fill: '#111111', labelColor: '#0645ad' })
    expect(tierSymbol('3')).toMatchObject({ shape: 'circle', fill: '#ffffff', labelColor: '#111111' })
    expect(tierSymbol('4')).toMatchObject({ shape: 'triangle', labelColor: '#1b7a2f' })
  })
  it('orders sizes by tier and gives "not established" its own dashed shape', () => {
    expect(tierSymbol('1').sizePx).toBeGreaterThan(tierSymbol('2').sizePx)
    expect(tierSymbol('2').sizePx).toBeGreaterThan(tierSymbol('3').sizePx)
    const unknown = tierSymbol('unknown')
    expect(unknown.shape).toBe('diamond')
    expect(unknown.dash).not.toBeNull()
    const shapes = tierKeys.map((k) => `${tierSymbol(k).shape}/${tierSymbol(k).sizePx}/${tierSymbol(k).fill}`)
    expect(new Set(shapes).size).toBe(tierKeys.length)
  })
  it('keeps the geometry inside its box', () => {
    const circle = symbolGeometry(tierSymbol('1'))
    expect(circle).toEqual({ kind: 'circle', cx: 13, cy: 13, r: 13 - 4.5 / 2 })
    const triangle = symbolGeometry(tierSymbol('4'))
    expect(triangle.kind).toBe('polygon')
  })
})
