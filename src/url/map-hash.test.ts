import { describe, expect, it } from 'vitest'
import { formatMapHash, isSameView, parseMapHash } from './map-hash'
import { MAX_ZOOM, MIN_ZOOM } from './map-policy'

describe('map hash', () => {
  it('accepts the zoom range of the map (url/map-policy.ts) and nothing beyond it', () => {
    expect(parseMapHash(`#map=${MIN_ZOOM}/52/104`)?.zoom).toBe(MIN_ZOOM)
    expect(parseMapHash(`#map=${MAX_ZOOM}/52/104`)?.zoom).toBe(MAX_ZOOM)
    expect(parseMapHash(`#map=${MAX_ZOOM + 1}/52/104`)).toBeNull()
    expect(parseMapHash(`#map=${MIN_ZOOM - 0.5}/52/104`)).toBeNull()
  })

  it('writes more decimals as the zoom grows (about a pixel)', () => {
    expect(formatMapHash({ zoom: 3, lat: 52.28712, lon: 104.28101 })).toBe('#map=3/52.29/104.28')
    expect(formatMapHash({ zoom: 10, lat: 52.28712, lon: 104.28101 })).toBe('#map=10/52.2871/104.2810')
    expect(formatMapHash({ zoom: 5.25, lat: 1, lon: 2 })).toBe('#map=5.25/1.000/2.000')
  })

  it('reads what it writes and rejects anything else', () => {
    expect(parseMapHash('#map=6/52.3/104.3')).toEqual({ zoom: 6, lat: 52.3, lon: 104.3 })
    expect(parseMapHash('map=6/-52.3/-104.3')).toEqual({ zoom: 6, lat: -52.3, lon: -104.3 })
    for (const bad of ['#map=', '#map=6/52.3', '#map=6/52.3/104.3/1', '#map=0/1/1', '#map=6/1e3/1', '#other', '#map=6/NaN/1'])
      expect(parseMapHash(bad)).toBeNull()
  })

  it('treats views within the written precision as the same', () => {
    expect(isSameView({ zoom: 4, lat: 55.12, lon: 98.1 }, { zoom: 4, lat: 55.1249, lon: 98.1 })).toBe(true)
    expect(isSameView({ zoom: 4, lat: 55.12, lon: 98.1 }, { zoom: 4, lat: 56, lon: 98.1 })).toBe(false)
    expect(isSameView({ zoom: 4, lat: 55.12, lon: 98.1 }, { zoom: 5, lat: 55.12, lon: 98.1 })).toBe(false)
  })
})
