import { merge } from 'topojson-client'
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification'
import type { FeatureCollection, MultiPolygon } from 'geojson'

/** ISO 3166-1 numeric ids of the USSR's 15 successor states: RU UA BY MD GE AM AZ KZ UZ TM KG TJ EE LV LT. */
export const SUCCESSOR_STATE_IDS: readonly string[] = [
  '643',
  '804',
  '112',
  '498',
  '268',
  '051',
  '031',
  '398',
  '860',
  '795',
  '417',
  '762',
  '233',
  '428',
  '440',
]

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string; iso2?: string }> }>

/**
 * The approximate outline of the USSR of 1946 that the map and its images draw: the union
 * of the successor states' modern borders, merged from the basemap's own shared arcs, so it
 * follows the drawn borders exactly and costs no download of its own. What it does not show
 * (the 1946 border line itself) is said in geodata/README.md.
 */
export function ussrOutline(topology: CountriesTopology): FeatureCollection<MultiPolygon, { id: string }> {
  const isState = (g: GeometryObject): g is TopoPolygon | TopoMultiPolygon =>
    (g.type === 'Polygon' || g.type === 'MultiPolygon') && SUCCESSOR_STATE_IDS.includes(String(g.id))
  const states = topology.objects.countries.geometries.filter(isState)
  if (states.length !== SUCCESSOR_STATE_IDS.length) throw new Error('the basemap lacks some of the 15 successor states')
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { id: 'ussr-1946-approx' }, geometry: merge(topology, states) }],
  }
}
