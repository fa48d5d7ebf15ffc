import { isDeepStrictEqual } from 'node:util'
import { burialSitesFromBundledJson } from '../../src/burials/burial-data'
import type { LoadedData } from '../../src/data/dataset'
import { validateBurialCollection } from '../../src/data/validate-burials'

/**
 * What would stop the browser from reading geodata/burial-sites.geojson without zod (it is
 * fetched when the burial layer or a camp with sites is opened): any site the validator
 * rejects against the validated camps, regions and sources, and any difference between
 * the validated sites and the plain reading of src/burials/burial-data.ts.
 */
export function burialProblems(json: unknown, validated: LoadedData): string[] {
  const { dataset } = validated
  const { sites, rejected } = validateBurialCollection(json, {
    regionSlugs: new Set(dataset.regions.map((r) => r.slug)),
    campIds: new Set(dataset.camps.map((c) => c.id)),
    sourceIds: new Set(dataset.sources.map((s) => s.id)),
  })
  if (rejected.length > 0) return rejected.map((r) => `burial-sites ${r.id}: ${r.reason}`)
  let plain
  try {
    plain = burialSitesFromBundledJson(json)
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
  const differing = sites.find((s, i) => !isDeepStrictEqual(s, plain[i]))
  if (differing !== undefined || plain.length !== sites.length) {
    return [`burial site "${differing?.id ?? '(count)'}" reads differently without the validator`]
  }
  return []
}
