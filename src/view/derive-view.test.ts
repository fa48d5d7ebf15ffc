import { describe, expect, it } from 'vitest'
import { loadGeodata } from '../../tests/support/geodata'
import { buildCampIndex } from '../camp-index/camp-index'
import { defaultViewState, parseUrlState } from '../url/url-state'
import { deriveView, deriveVisible } from './derive-view'

const { dataset } = loadGeodata()
const index = buildCampIndex(dataset)
const view = (search: string) => deriveView(index, parseUrlState(search, ''))

describe('deriveView', () => {
  it('shows every camp, unfiltered, with counts that add up and bounds around them all', () => {
    const v = view('')
    expect(v.visible).toHaveLength(dataset.camps.length)
    expect(v.filtered).toBe(false)
    expect(Object.values(v.counts).reduce((a, b) => a + b, 0)).toBe(dataset.camps.length)
    expect(v.selected).toBeNull()
    if (v.fitBounds === null) throw new Error('no bounds')
    const [[south, west], [north, east]] = v.fitBounds as [[number, number], [number, number]]
    for (const c of dataset.camps) {
      expect(c.lngLat[1]).toBeGreaterThanOrEqual(south)
      expect(c.lngLat[1]).toBeLessThanOrEqual(north)
      expect(c.lngLat[0]).toBeGreaterThanOrEqual(west)
      expect(c.lngLat[0]).toBeLessThanOrEqual(east)
    }
  })

  it('a region shows exactly its camps, their ids and their tiers', () => {
    const v = view('?region=chita-oblast')
    const expected = dataset.camps.filter((c) => c.region === 'chita-oblast').map((c) => c.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(v.visible.map((c) => c.id)).toEqual(expected)
    expect([...v.visibleIds]).toEqual(expected)
    expect(v.filtered).toBe(true)
    expect(v.filters.region).toBe('chita-oblast')
  })

  it('drops a region and a camp the data does not know, so a stale link still opens', () => {
    const v = view('?region=atlantis&camp=nowhere')
    expect(v.filters.region).toBeNull()
    expect(v.filtered).toBe(false)
    expect(v.selected).toBeNull()
    expect(v.visible).toHaveLength(dataset.camps.length)
  })

  it('selects the camp the URL opens, whether or not the filters show it', () => {
    const v = view('?camp=taishet&region=chita-oblast')
    expect(v.selected?.id).toBe('taishet')
    expect(v.visibleIds.has('taishet')).toBe(false)
  })

  it('shows nothing and fits nothing when no camp matches', () => {
    const v = deriveVisible(index, { ...defaultViewState, q: 'no camp is called this' })
    expect(v.visible).toEqual([])
    expect(v.fitBounds).toBeNull()
    expect(v.counts).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, unknown: 0 })
  })

  it('is pure: the same input gives an equal result and the input is not changed', () => {
    const state = parseUrlState('?area=mongolia&tier=1,2,unknown', '#map=5/48/106')
    const frozen = JSON.stringify(state)
    expect(deriveView(index, state)).toEqual(deriveView(index, state))
    expect(JSON.stringify(state)).toBe(frozen)
  })
  it('shows only the Baikal–Amur Mainline camps with bam=1, for the app, embeds and images alike', () => {
    const v = view('?bam=1')
    expect(v.filtered).toBe(true)
    expect(v.visible.length).toBe(dataset.camps.filter((c) => c.bam).length)
    expect(v.visible.length).toBeGreaterThan(0)
    expect(v.visible.every((c) => c.bam)).toBe(true)
  })
})
