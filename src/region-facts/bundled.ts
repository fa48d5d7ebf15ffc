import factsJson from '../../geodata/region-facts.json'
import type { RegionFactsFile } from './region-facts'

/**
 * The bundled region facts, read as they are: `vite build` has checked that the file
 * parses with regionFactsFileSchema to exactly itself (scripts/vite/bundled-geodata-check.ts),
 * and region-facts.test.ts checks it with the schema, so the browser loads no validator.
 */
export function bundledRegionFacts(): RegionFactsFile {
  return factsJson as RegionFactsFile
}
