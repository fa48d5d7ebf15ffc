import { z } from './zod-setup'
import type { LngLat } from './schema'

const position = z.tuple([z.number(), z.number()]).rest(z.number())

const bamFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  properties: z.object({ id: z.string(), kind: z.enum(['section', 'planned']), name: z.string() }).loose(),
})

const bamCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(bamFeatureSchema).min(1),
})

type BamSection = { id: string; kind: 'section' | 'planned'; name: string; coordinates: LngLat[] }
export type BamLine = { sections: BamSection[]; plannedRoute: LngLat[] }

/** Reads bam-line.geojson: the built sections and the one planned west-to-east route. */
export function parseBamLine(json: unknown): { ok: true; value: BamLine } | { ok: false; message: string } {
  const parsed = bamCollectionSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, message: `bam-line: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` }
  }
  const sections = parsed.data.features.map((f) => ({
    id: f.properties.id,
    kind: f.properties.kind,
    name: f.properties.name,
    coordinates: f.geometry.coordinates.map(([lng, lat]): LngLat => [lng, lat]),
  }))
  const planned = sections.find((s) => s.kind === 'planned')
  if (!planned) return { ok: false, message: 'bam-line: no feature with kind "planned" (the through-route)' }
  return { ok: true, value: { sections, plannedRoute: planned.coordinates } }
}
