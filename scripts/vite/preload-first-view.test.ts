import { describe, expect, it } from 'vitest'
import { isFirstViewData } from './preload-first-view'

describe('isFirstViewData', () => {
  it('picks the hashed data files the first view fetches', () => {
    expect(isFirstViewData('assets/camps-CY8td6sZ.geojson')).toBe(true)
    expect(isFirstViewData('assets/regions-DCGdoSqZ.json')).toBe(true)
    expect(isFirstViewData('assets/railways-1940s-q8zzeClN.geojson')).toBe(true)
    expect(isFirstViewData('assets/towns-DGEJZO-0.geojson')).toBe(true)
  })

  it('leaves out what the first view does not fetch, and scripts', () => {
    expect(isFirstViewData('assets/ussr-1946-B8KrJaeq.geojson')).toBe(false)
    expect(isFirstViewData('assets/history-B8KrJaeq.json')).toBe(false)
    expect(isFirstViewData('assets/camps-CY8td6sZ.js')).toBe(false)
    expect(isFirstViewData('camps-CY8td6sZ.geojson')).toBe(false)
  })
})
