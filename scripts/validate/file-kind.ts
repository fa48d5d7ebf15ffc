/** Which geodata file a path is, from its name (fixtures may add a prefix or suffix). */
export type FileKind = 'burials' | 'camps' | 'bam-line' | 'regions' | 'sources' | 'outline' | 'towns' | 'railways' | 'water'

export function fileKind(path: string): FileKind | null {
  const name = path.split(/[\\/]/).pop() ?? path
  if (name.includes('bam-line')) return 'bam-line'
  if (name.includes('burial') && name.endsWith('.geojson')) return 'burials'
  if (name.includes('basemap-water') && name.endsWith('.topo.json')) return 'water'
  if (name.includes('towns') && name.endsWith('.geojson')) return 'towns'
  if (name.includes('railways') && name.endsWith('.geojson')) return 'railways'
  if (name.includes('ussr')) return 'outline'
  if (name.endsWith('.json') && name.includes('regions')) return 'regions'
  if (name.endsWith('.json') && name.includes('sources')) return 'sources'
  if (name.endsWith('.geojson')) return 'camps'
  return null
}

export function isGeoJson(kind: FileKind): boolean {
  return kind === 'burials' || kind === 'camps' || kind === 'bam-line' || kind === 'outline' || kind === 'towns' || kind === 'railways'
}

/** Generated TopoJSON files: not in the geodata canonical format, so that check is skipped. */
export function isGenerated(kind: FileKind): boolean {
  return kind === 'water'
}
