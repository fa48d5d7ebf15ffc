import townsUrl from '../../geodata/towns.geojson?url'
import railwaysUrl from '../../geodata/railways-1940s.geojson?url'
import { parseRailways, parseTowns, parseWater, type Railway, type Town, type Water } from './overlay-data'

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
  return parseWater(await fetchJson(`${baseUrl}basemap-water-${detail}.topo.json`, signal))
}

export async function loadTowns(signal: AbortSignal): Promise<Town[]> {
  return parseTowns(await fetchJson(townsUrl, signal))
}

export async function loadRailways(signal: AbortSignal): Promise<Railway[]> {
  return parseRailways(await fetchJson(railwaysUrl, signal))
}
