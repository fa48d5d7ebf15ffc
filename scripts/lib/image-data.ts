import { existsSync, readFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FeatureCollection } from 'geojson'
import { feature } from 'topojson-client'
import { ussrOutline, type CountriesTopology } from '../../src/geo/ussr-outline'
import { parseBamLine } from '../../src/data/bam-line'
import { parseRegions, parseSources, validateCampCollection } from '../../src/data/validate'
import type { ImageData, ImageLayers } from '../../src/render-image'
import { parseRailways, parseTowns, parseWater } from '../../src/load/overlay-data'
import { overlayLayers } from '../../src/render-image/overlay-layers'
import { BAM_LINE_FILE, BASEMAP_FILE, CAMPS_FILE, RAILWAYS_FILE, REGIONS_FILE, SOURCES_FILE, TOWNS_FILE } from './paths'

/**
 * Node side of the image renderer: reads the same files the app bundles (geodata/ and
 * public/basemap.topo.json), validated by the app's own validator, into the renderer's input.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown
}

function orThrow<T>(result: { ok: true; value: T } | { ok: false; message: string }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.message}`)
  return result.value
}

export type DataFiles = { camps: string; regions: string; sources: string; bamLine: string }

/** Reads and validates the data files (absolute paths) exactly as the app's loader does. */
export function readImageData(files: DataFiles): ImageData & { rejected: { id: string; reason: string }[] } {
  const { areas, regions } = orThrow(parseRegions(readJson(files.regions)), files.regions)
  const sources = orThrow(parseSources(readJson(files.sources)), files.sources)
  const bamLine = orThrow(parseBamLine(readJson(files.bamLine)), files.bamLine)
  const { camps, rejected, metadata } = validateCampCollection(readJson(files.camps), {
    regionSlugs: new Set(regions.map((r) => r.slug)),
    sourceIds: new Set(sources.map((s) => s.id)),
  })
  return { dataset: { camps, regions, areas, sources, bamLine }, metadata, rejected }
}

/**
 * The data, as the app loads it. `dataPath` is the URL's `data=` (already checked by the
 * URL parser to be a relative path): read relative to the repository root, then public/.
 */
export function loadImageData(dataPath: string | null, root = REPO_ROOT): ImageData & { rejected: { id: string; reason: string }[] } {
  let campsFile = join(root, CAMPS_FILE)
  if (dataPath !== null) {
    const candidates = [resolve(root, dataPath), resolve(root, 'public', dataPath)].filter((p) => p.startsWith(resolve(root) + sep))
    const found = candidates.find((p) => existsSync(p))
    if (found === undefined) throw new Error(`data=${dataPath}: no such file in the repository or public/`)
    campsFile = found
  }
  return readImageData({
    camps: campsFile,
    regions: join(root, REGIONS_FILE),
    sources: join(root, SOURCES_FILE),
    bamLine: join(root, BAM_LINE_FILE),
  })
}

/** The offline basemap layers: the countries (TopoJSON, decoded), the USSR's 1946 outline, water, railways and towns. */
export function loadImageLayers(root = REPO_ROOT): ImageLayers {
  const topology = readJson(join(root, BASEMAP_FILE)) as CountriesTopology
  const countries = feature(topology, topology.objects.countries) as FeatureCollection
  const ussr = ussrOutline(topology)
  const overlays = overlayLayers({
    water: parseWater(readJson(join(root, 'public/basemap-water-low.topo.json'))),
    railways: parseRailways(readJson(join(root, RAILWAYS_FILE))),
    towns: parseTowns(readJson(join(root, TOWNS_FILE))),
  })
  return { countries, ussr, ...overlays }
}
