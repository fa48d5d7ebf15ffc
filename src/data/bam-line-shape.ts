import type { LngLat } from './schema'

/** A feature of bam-line.geojson as the app reads it (bam-line.ts checks the shape). */
export type BamFeature = {
  geometry: { coordinates: readonly (readonly number[])[] }
  properties: { id: string; kind: 'section' | 'planned'; name: string }
}
type BamSection = { id: string; kind: 'section' | 'planned'; name: string; coordinates: LngLat[] }
export type BamLine = { sections: BamSection[]; plannedRoute: LngLat[] }

/** The built sections and the one planned west-to-east route of bam-line.geojson's features. */
export function bamLineFromFeatures(features: readonly BamFeature[]): { ok: true; value: BamLine } | { ok: false; message: string } {
  const sections = features.map((f) => ({
    id: f.properties.id,
    kind: f.properties.kind,
    name: f.properties.name,
    coordinates: f.geometry.coordinates.map(([lng = Number.NaN, lat = Number.NaN]): LngLat => [lng, lat]),
  }))
  const planned = sections.find((s) => s.kind === 'planned')
  if (!planned) return { ok: false, message: 'bam-line: no feature with kind "planned" (the through-route)' }
  return { ok: true, value: { sections, plannedRoute: planned.coordinates } }
}
