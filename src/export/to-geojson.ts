import type { Camp, Source } from '../data/schema'

export type ExportMetadata = { title: string; version: string; date: string; exportedFrom: string }

/**
 * The camps as an RFC 7946 FeatureCollection in the same shape as geodata/camps.geojson,
 * with the cited sources included as a foreign member so the file stands on its own.
 */
export function campsToGeoJson(camps: readonly Camp[], sourcesById: ReadonlyMap<string, Source>, metadata: ExportMetadata): string {
  const features = camps.map(({ lngLat, ...properties }) => ({
    type: 'Feature' as const,
    id: properties.id,
    geometry: { type: 'Point' as const, coordinates: lngLat },
    properties,
  }))
  const cited = [...new Set(camps.flatMap((c) => c.sources))].map((id) => sourcesById.get(id)).filter((s): s is Source => s !== undefined)
  return `${JSON.stringify({ type: 'FeatureCollection', metadata, sources: cited, features }, null, 1)}\n`
}
