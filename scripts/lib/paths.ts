/** Where the data lives, relative to the project root (npm scripts run from there). */
export const GEODATA_DIR = 'geodata'
export const CAMPS_FILE = 'geodata/camps.geojson'
export const BURIALS_FILE = 'geodata/burial-sites.geojson'
export const BAM_LINE_FILE = 'geodata/bam-line.geojson'
export const REGIONS_FILE = 'geodata/regions.json'
export const SOURCES_FILE = 'geodata/sources.json'
export const USSR_OUTLINE_FILE = 'geodata/ussr-1946.geojson'
export const BASEMAP_FILE = 'public/basemap.topo.json'
export const WORLD_ATLAS_50M = 'node_modules/world-atlas/countries-50m.json'
export const TOWNS_FILE = 'geodata/towns.geojson'
export const RAILWAYS_FILE = 'geodata/railways-1940s.geojson'

export const DEFAULT_DATA_FILES: readonly string[] = [
  CAMPS_FILE,
  BAM_LINE_FILE,
  REGIONS_FILE,
  SOURCES_FILE,
  USSR_OUTLINE_FILE,
  TOWNS_FILE,
  RAILWAYS_FILE,
  BURIALS_FILE,
]
export const WATER_LOW_FILE = 'public/basemap-water-low.topo.json'
export const WATER_HIGH_FILE = 'public/basemap-water-high.topo.json'
export const WATER_NAMES_FILE = 'scripts/data/water-names.json'
export const TOWN_NAMES_FILE = 'scripts/data/towns.json'
export const RAILWAY_LINES_FILE = 'scripts/data/railways-1940s.json'

/** The generated basemap files `npm run validate:data` also checks (never reformatted by format:geodata). */
export const BASEMAP_DATA_FILES: readonly string[] = [WATER_LOW_FILE, WATER_HIGH_FILE]
