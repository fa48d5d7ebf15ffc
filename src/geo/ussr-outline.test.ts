import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import bbox from '@turf/bbox'
import { loadGeodata } from '../../tests/support/geodata'
import { ussrOutline, type CountriesTopology } from './ussr-outline'

const topology = JSON.parse(readFileSync('public/basemap.topo.json', 'utf8')) as CountriesTopology
const [outline] = ussrOutline(topology).features
const { camps } = loadGeodata().dataset

describe('the USSR outline merged from the basemap', () => {
  it('holds every camp in the USSR but three on generalised coasts, and none of the camps in Mongolia', () => {
    if (!outline) throw new Error('no outline')
    const inside = camps.filter((camp) => booleanPointInPolygon(camp.lngLat, outline))
    expect(inside.filter((c) => c.country === 'MN').map((c) => c.id)).toEqual([])
    expect(camps.filter((c) => c.country === 'MN').length).toBeGreaterThan(0)
    // Natural Earth's generalised coastline leaves a port and two Kuril camps just outside,
    // as it does in geodata/ussr-1946.geojson (which also wrongly takes in Altanbulag, on
    // the Mongolian side of Kyakhta; the merged outline does not).
    expect(camps.filter((c) => c.country !== 'MN' && !inside.includes(c)).map((c) => c.id)).toEqual([
      'posyet',
      'shumshu-paramushir',
      'kunashir',
    ])
  })

  it('runs east of 180 degrees (Chukotka joined to the rest) and west to the Baltic', () => {
    const [west, , east] = bbox(ussrOutline(topology))
    expect(east).toBeGreaterThan(180)
    expect(west).toBeLessThan(22)
  })

  it('refuses a basemap that lacks a successor state', () => {
    const countries = topology.objects.countries
    const withoutKazakhstan = {
      ...topology,
      objects: { countries: { ...countries, geometries: countries.geometries.filter((g) => g.id !== '398') } },
    }
    expect(() => ussrOutline(withoutKazakhstan)).toThrow(/successor states/)
  })
})
