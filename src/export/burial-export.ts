import type { BurialSite } from '../data/burial-schema'
import type { Source } from '../data/schema'
import { formatSource } from '../data/source-text'
import { csvCell } from './to-csv'
import type { ExportMetadata } from './to-geojson'

/**
 * The burial sites as downloads that stand on their own: an RFC 7946 FeatureCollection in
 * the shape of geodata/burial-sites.geojson (a site without a position keeps its null
 * geometry) with the cited sources, and a CSV with the sources written out. Pure.
 */

const columns = [
  'id',
  'name',
  'nameJa',
  'nameRu',
  'kind',
  'region',
  'region1946',
  'camp',
  'campNumber',
  'buried',
  'buriedWhat',
  'buriedWhatJa',
  'lat',
  'lon',
  'uncertaintyKm',
  'positionSource',
  'confidence',
  'note',
  'noteJa',
  'quote',
  'sources',
] as const

function cited(sites: readonly BurialSite[], sourcesById: ReadonlyMap<string, Source>): Source[] {
  return [...new Set(sites.flatMap((s) => s.sources))].map((id) => sourcesById.get(id)).filter((s): s is Source => s !== undefined)
}

export function burialSitesToGeoJson(
  sites: readonly BurialSite[],
  sourcesById: ReadonlyMap<string, Source>,
  metadata: ExportMetadata,
): string {
  const features = sites.map(({ lngLat, ...properties }) => ({
    type: 'Feature' as const,
    id: properties.id,
    geometry: lngLat === null ? null : { type: 'Point' as const, coordinates: lngLat },
    properties,
  }))
  return `${JSON.stringify({ type: 'FeatureCollection', metadata, sources: cited(sites, sourcesById), features }, null, 1)}\n`
}

export function burialSitesToCsv(sites: readonly BurialSite[], sourcesById: ReadonlyMap<string, Source>): string {
  const rows = sites.map((site) => {
    const cells: Record<(typeof columns)[number], string | number | null> = {
      ...site,
      lat: site.lngLat?.[1] ?? null,
      lon: site.lngLat?.[0] ?? null,
      sources: site.sources
        .map((id) => {
          const s = sourcesById.get(id)
          return s ? formatSource(s) : id
        })
        .join(' | '),
    }
    return columns.map((column) => csvCell(cells[column])).join(',')
  })
  return `${[columns.join(','), ...rows].join('\r\n')}\r\n`
}
