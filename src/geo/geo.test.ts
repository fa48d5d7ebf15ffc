import { describe, expect, it } from 'vitest'
import { orderAlongLine } from './bam-order'
import { boundsOfPositions } from './fit-bounds'
import { toLatLng, toLngLat } from './lng-lat'

// A schematic west-to-east line: Taishet, Ust-Kut, Tynda, Komsomolsk (positions from camps.csv and town centres).
const line: [number, number][] = [
  [98.003, 55.94],
  [105.77, 56.79],
  [124.72, 55.15],
  [137.008, 50.55],
]

describe('orderAlongLine', () => {
  it('orders sites west to east by their projection, keeping ties in input order', () => {
    const sites = [
      { id: 'komsomolsk-2', lngLat: [137.008, 50.55] as [number, number] },
      { id: 'taishet', lngLat: [98.003, 55.94] as [number, number] },
      { id: 'komsomolsk-1', lngLat: [137.008, 50.55] as [number, number] },
      { id: 'mid', lngLat: [124.43, 54.54] as [number, number] },
    ]
    const placed = orderAlongLine(sites, line)
    expect(placed.map((p) => p.id)).toEqual(['taishet', 'mid', 'komsomolsk-2', 'komsomolsk-1'])
    expect(placed[0]?.alongKm).toBeCloseTo(0, 6)
    expect(placed[0]?.offLineKm).toBeCloseTo(0, 6)
    expect(placed[2]?.alongKm).toBe(placed[3]?.alongKm)
    expect(placed[1]?.offLineKm).toBeGreaterThan(10)
    expect(placed[1]?.offLineKm).toBeLessThan(80)
  })
  it('refuses a line of fewer than two positions', () => {
    expect(() => orderAlongLine([], [[1, 2]])).toThrow('2+ positions')
  })
})

describe('boundsOfPositions', () => {
  it('is the Turf bbox in Leaflet order', () => {
    expect(
      boundsOfPositions([
        [98, 55.9],
        [137, 50.5],
        [106.9, 47.9],
      ]),
    ).toEqual([
      [47.9, 98],
      [55.9, 137],
    ])
  })
  it('pads a single position and is null for none', () => {
    expect(boundsOfPositions([[100, 50]])).toEqual([
      [49, 99],
      [51, 101],
    ])
    expect(boundsOfPositions([])).toBeNull()
  })
})

describe('lng-lat', () => {
  it('swaps axis order both ways', () => {
    expect(toLatLng([98.003, 55.94])).toEqual([55.94, 98.003])
    expect(toLngLat([55.94, 98.003])).toEqual([98.003, 55.94])
  })
})
