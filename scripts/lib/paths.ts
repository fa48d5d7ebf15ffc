/** Where the data lives, relative to the project root (npm scripts run from there). */
export const GEODATA_DIR = 'geodata'
export const CAMPS_FILE = 'geodata/camps.geojson'
export const BAM_LINE_FILE = 'geodata/bam-line.geojson'
export const REGIONS_FILE = 'geodata/regions.json'
export const SOURCES_FILE = 'geodata/sources.json'
export const USSR_OUTLINE_FILE = 'geodata/ussr-1946.geojson'
export const BASEMAP_FILE = 'public/basemap.topo.json'
export const WORLD_ATLAS_50M = 'node_modules/world-atlas/countries-50m.json'

export const DEFAULT_DATA_FILES: readonly string[] = [
  CAMPS_FILE,
  BAM_LINE_FILE,
  REGIONS_FILE,
  SOURCES_FILE,
  USSR_OUTLINE_FILE,
]
