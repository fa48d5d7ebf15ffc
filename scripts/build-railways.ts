import { readFileSync, writeFileSync } from 'node:fs'
import type { TownCollection } from './build-towns'
import { formatGeodata } from './lib/format'
import { isMain } from './lib/is-main'
import { RAILWAY_LINES_FILE, RAILWAYS_FILE, TOWNS_FILE } from './lib/paths'

/**
 * Builds geodata/railways-1940s.geojson: one schematic LineString per line of
 * scripts/data/railways-1940s.json, with a vertex at each listed station only, placed at the
 * GeoNames coordinates of that town in geodata/towns.geojson (like bam-line.geojson, these
 * are not the course of the track). Run `npm run build:towns` first when the towns change,
 * then `npm run build:railways`. Fails when a station is not a town.
 */

export const RAILWAYS_DATE = '2026-11-27'

export type RailwayEntry = {
  id: string
  name: string
  nameJa: string
  nameRu: string
  opened: string
  /** Town ids of geodata/towns.geojson, in order along the line. */
  stations: string[]
  source: string
  note: string
}

export type RailwayProperties = {
  id: string
  name: string
  nameJa: string
  nameRu: string
  opened: string
  /** Station names (the towns' nameEn), in order. */
  stations: string[]
  /** The same stations as town ids of geodata/towns.geojson. */
  stationIds: string[]
  source: string
  note: string
}

export type RailwayFeature = {
  type: 'Feature'
  id: string
  geometry: { type: 'LineString'; coordinates: [number, number][] }
  properties: RailwayProperties
}

export type RailwayCollection = {
  type: 'FeatureCollection'
  metadata: { title: string; version: string; date: string; license: string; description: string }
  features: RailwayFeature[]
}

export function buildRailways(
  entries: readonly RailwayEntry[],
  towns: TownCollection,
): { collection: RailwayCollection; missing: string[] } {
  const byId = new Map(towns.features.map((t) => [t.id, t]))
  const missing: string[] = []
  const features: RailwayFeature[] = []
  for (const entry of entries) {
    const stations = entry.stations.map((id) => byId.get(id))
    const unknown = entry.stations.filter((_, i) => stations[i] === undefined)
    if (unknown.length > 0) {
      missing.push(`${entry.id}: station(s) not in the towns file: ${unknown.join(', ')}`)
      continue
    }
    const resolved = stations.filter((t) => t !== undefined)
    features.push({
      type: 'Feature',
      id: entry.id,
      geometry: { type: 'LineString', coordinates: resolved.map((t) => t.geometry.coordinates) },
      properties: {
        id: entry.id,
        name: entry.name,
        nameJa: entry.nameJa,
        nameRu: entry.nameRu,
        opened: entry.opened,
        stations: resolved.map((t) => t.properties.nameEn),
        stationIds: [...entry.stations],
        source: entry.source,
        note: entry.note,
      },
    })
  }
  return {
    collection: {
      type: 'FeatureCollection',
      metadata: {
        title:
          'Railways of the 1940s (schematic): the Trans-Siberian with the Amur and Ussuri lines, the Chinese Eastern line, the Turksib, and the lines to Karaganda–Balkhash and Tashkent',
        version: '1.0.0',
        date: RAILWAYS_DATE,
        license: 'CC-BY-4.0',
        description:
          'Schematic: straight segments between the listed stations only, not the track. Station positions are the GeoNames coordinates of the towns in towns.geojson (CC BY 4.0). Each line cites a published history for what existed in 1946. Built by npm run build:railways from scripts/data/railways-1940s.json.',
      },
      features,
    },
    missing,
  }
}

export function readRailwayEntries(path: string = RAILWAY_LINES_FILE): RailwayEntry[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { lines: RailwayEntry[] }).lines
}

if (isMain(import.meta.url)) {
  const towns = JSON.parse(readFileSync(TOWNS_FILE, 'utf8')) as TownCollection
  const { collection, missing } = buildRailways(readRailwayEntries(), towns)
  for (const m of missing) console.error(m)
  const text = formatGeodata(collection)
  writeFileSync(RAILWAYS_FILE, text)
  console.log(`${RAILWAYS_FILE}: ${collection.features.length} lines, ${text.length} bytes`)
  if (missing.length > 0) process.exitCode = 1
}
