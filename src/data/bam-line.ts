import { z } from './zod-setup'
import { bamLineFromFeatures, type BamLine } from './bam-line-shape'

export type { BamLine }

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

/** Reads bam-line.geojson: the built sections and the one planned west-to-east route. */
export function parseBamLine(json: unknown): { ok: true; value: BamLine } | { ok: false; message: string } {
  const parsed = bamCollectionSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, message: `bam-line: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` }
  }
  return bamLineFromFeatures(parsed.data.features)
}
