import { describe, expect, it } from 'vitest'
import { CANVAS_THRESHOLD, chooseMarkerRenderer, parseRendererOverride } from './canvas-threshold'

describe('chooseMarkerRenderer', () => {
  it('keeps DOM markers up to the threshold and uses the canvas above it', () => {
    expect(chooseMarkerRenderer(92)).toBe('dom')
    expect(chooseMarkerRenderer(CANVAS_THRESHOLD)).toBe('dom')
    expect(chooseMarkerRenderer(CANVAS_THRESHOLD + 1)).toBe('canvas')
    expect(chooseMarkerRenderer(50_000)).toBe('canvas')
  })
  it('follows an override either way', () => {
    expect(chooseMarkerRenderer(50_000, 'dom')).toBe('dom')
    expect(chooseMarkerRenderer(92, 'canvas')).toBe('canvas')
  })
})

describe('parseRendererOverride', () => {
  it('reads renderer=dom|canvas and ignores anything else', () => {
    expect(parseRendererOverride('?renderer=dom')).toBe('dom')
    expect(parseRendererOverride('?data=x.geojson&renderer=canvas')).toBe('canvas')
    expect(parseRendererOverride('?renderer=webgl')).toBeNull()
    expect(parseRendererOverride('')).toBeNull()
  })
})
