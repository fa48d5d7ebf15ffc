import factsJson from '../../geodata/region-facts.json'
import { regionFactsFileSchema, type RegionFactsFile } from './region-facts'

let cached: RegionFactsFile | null = null

/** The bundled region facts, parsed once on first use (after the zod set-up). */
export function bundledRegionFacts(): RegionFactsFile {
  cached ??= regionFactsFileSchema.parse(factsJson)
  return cached
}
