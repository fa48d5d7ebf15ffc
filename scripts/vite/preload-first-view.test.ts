import { describe, expect, it } from 'vitest'
import { isFirstViewData } from './preload-first-view'

describe('isFirstViewData', () => {
  it("picks the hashed data files the first view's markers need", () => {
    expect(isFirstViewData('assets/camps-CY8td6sZ.geojson')).toBe(true)
    expect(isFirstViewData('assets/regions-DCGdoSqZ.json')).toBe(true)
    expect(isFirstViewData('assets/sources-C_B1adOW.json')).toBe(true)
    expect(isFirstViewData('assets/bam-line-CD2TW-VG.geojson')).toBe(true)
  })

  it("leaves out the basemap's files (fetched at its own step), what the first view does not fetch, and scripts", () => {
    expect(isFirstViewData('assets/railways-1940s-q8zzeClN.geojson')).toBe(false)
    expect(isFirstViewData('assets/towns-DGEJZO-0.geojson')).toBe(false)
    expect(isFirstViewData('assets/ussr-1946-B8KrJaeq.geojson')).toBe(false)
    expect(isFirstViewData('assets/history-B8KrJaeq.json')).toBe(false)
    expect(isFirstViewData('assets/camps-CY8td6sZ.js')).toBe(false)
    expect(isFirstViewData('camps-CY8td6sZ.geojson')).toBe(false)
  })
})
