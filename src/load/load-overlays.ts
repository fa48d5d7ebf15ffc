import townsUrl from '../../geodata/towns.geojson?url'
import railwaysUrl from '../../geodata/railways-1940s.geojson?url'
import type { Railway, Town, Water } from './overlay-data'

// The readers (with topojson-client) load beside the first file, not with the page.
const readers = () => import('./overlay-data')

/**
 * Fetches the basemap's extra layers from this site (never another host). Water is in
 * public/ (a low-detail file for the first view, a high-detail one loaded only when the
 * reader zooms in); towns and railways are bundled from geodata/.
 */

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as unknown
}

export type WaterDetail = 'low' | 'high'

export async function loadWater(baseUrl: string, detail: WaterDetail, signal: AbortSignal): Promise<Water> {
  const [json, { parseWater }] = await Promise.all([fetchJson(`${baseUrl}basemap-water-${detail}.topo.json`, signal), readers()])
  return parseWater(json)
}

export async function loadTowns(signal: AbortSignal): Promise<Town[]> {
  const [json, { parseTowns }] = await Promise.all([fetchJson(townsUrl, signal), readers()])
  return parseTowns(json)
}

export async function loadRailways(signal: AbortSignal): Promise<Railway[]> {
  const [json, { parseRailways }] = await Promise.all([fetchJson(railwaysUrl, signal), readers()])
  return parseRailways(json)
}
