import type { FeatureCollection, Geometry } from 'geojson'
import type { CountriesTopology } from '../geo/ussr-outline'

export type Basemap = {
  countries: FeatureCollection<Geometry, { name?: string; iso2?: string }>
  ussr: FeatureCollection
}

function isTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false
  const topology = value as { type?: unknown; objects?: { countries?: { type?: unknown } } }
  return topology.type === 'Topology' && topology.objects?.countries?.type === 'GeometryCollection'
}

/**
 * The bundled, offline basemap from this site, never from another host: Natural Earth
 * countries (world-atlas, simplified by scripts/build-basemap.ts) decoded with
 * topojson-client, and the USSR outline merged from the same arcs (geo/ussr-outline.ts).
 */
export async function loadBasemap(baseUrl: string, signal: AbortSignal): Promise<Basemap> {
  const url = `${baseUrl}basemap.topo.json`
  // The decoders are not needed before the file has come: they load beside it.
  const decoders = Promise.all([import('topojson-client'), import('../geo/ussr-outline')])
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  const topology = (await response.json()) as unknown
  if (!isTopology(topology)) throw new Error('basemap.topo.json is not a TopoJSON with a countries object')
  const [{ feature }, { ussrOutline }] = await decoders
  // Decoded a few countries at a time, each slice in its own task: the whole file in one
  // task was one of the start-up's long tasks (issue 21). The same features in the same order.
  const countries: Basemap['countries']['features'] = []
  let start = performance.now()
  for (const geometry of topology.objects.countries.geometries) {
    const decoded = feature(topology, geometry)
    // A country is a polygon or multipolygon; a nested collection (none in the file) is flattened.
    if (decoded.type === 'FeatureCollection') countries.push(...decoded.features)
    else countries.push(decoded)
    if (performance.now() - start >= DECODE_SLICE_MS) {
      await nextTask()
      start = performance.now()
    }
  }
  await nextTask()
  return { countries: { type: 'FeatureCollection', features: countries }, ussr: ussrOutline(topology) }
}

/** How long one slice of the decoding may run before the next task (see SLICE_MS in add-in-slices.ts). */
const DECODE_SLICE_MS = 5

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
