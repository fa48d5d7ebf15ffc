import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { FeatureCollection, Geometry } from 'geojson'
import ussrOutlineUrl from '../../geodata/ussr-1946.geojson?url'

export type Basemap = {
  countries: FeatureCollection<Geometry, { name?: string; iso2?: string }>
  ussr: FeatureCollection
}

function isTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name?: string; iso2?: string }> }> {
  if (typeof value !== 'object' || value === null) return false
  const topology = value as { type?: unknown; objects?: { countries?: { type?: unknown } } }
  return topology.type === 'Topology' && topology.objects?.countries?.type === 'GeometryCollection'
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'FeatureCollection'
}

/**
 * The bundled, offline basemap: Natural Earth countries (world-atlas, simplified by
 * scripts/build-basemap.ts) decoded with topojson-client, and the USSR outline computed
 * once by scripts/build-ussr-outline.ts. Both come from this site, never from another host.
 */
export async function loadBasemap(baseUrl: string, signal: AbortSignal): Promise<Basemap> {
  const [topology, ussr] = await Promise.all(
    [`${baseUrl}basemap.topo.json`, ussrOutlineUrl].map(async (url) => {
      const response = await fetch(url, { signal })
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
      return (await response.json()) as unknown
    }),
  )
  if (!isTopology(topology)) throw new Error('basemap.topo.json is not a TopoJSON with a countries object')
  if (!isFeatureCollection(ussr)) throw new Error('ussr-1946.geojson is not a FeatureCollection')
  return { countries: feature(topology, topology.objects.countries), ussr }
}
