import type { MultiPolygon, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { crossesAntimeridian, unwrapAntimeridian } from './antimeridian'

const chukotka: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [178, 65],
      [179.9, 65],
      [-180, 65],
      [-175, 66],
      [-180, 67],
      [178, 67],
      [178, 65],
    ],
  ],
}

describe('unwrapAntimeridian', () => {
  it('moves negative longitudes of a crossing ring east by 360', () => {
    expect(crossesAntimeridian(chukotka)).toBe(true)
    const ring = unwrapAntimeridian(chukotka).coordinates[0] ?? []
    expect(ring.map((p) => p[0])).toEqual([178, 179.9, 180, 185, 180, 178, 178])
  })

  it('shifts every polygon of a country that has a crossing ring', () => {
    const island: Polygon['coordinates'] = [
      [
        [-170, 66],
        [-169, 66],
        [-169, 67],
        [-170, 66],
      ],
    ]
    const country: MultiPolygon = { type: 'MultiPolygon', coordinates: [chukotka.coordinates, island] }
    const out = unwrapAntimeridian(country)
    expect(out.coordinates[1]?.[0]?.[0]).toEqual([190, 66])
  })

  it('leaves a country that does not cross 180 unchanged', () => {
    const alaska: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-160, 60],
          [-150, 60],
          [-150, 65],
          [-160, 60],
        ],
      ],
    }
    expect(unwrapAntimeridian(alaska)).toBe(alaska)
  })
})
