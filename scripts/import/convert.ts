import type { CAMP_FIELDS_ADDED_1_1, CampFeature, CampProperties, Region, Source } from '../../src/data/schema'
import { roundCoordinate } from '../lib/format'
import { DEFAULT_UNCERTAINTY_KM, isDefaultRadius, radiusExplained } from '../lib/uncertainty-policy'
import type { CampAnnotation } from './annotations'
import type { ReferenceRow } from './reference-row'
import { COUNTRY_BY_REFERENCE, REGION_BY_REFERENCE } from './regions'
import type { SourceSpec } from './sources'

/**
 * Pure conversion of the reference table (plus the editorial annotations, region and
 * source catalogues) into the geodata files' values. Every mismatch between the table
 * and the catalogues is an error, so nothing is silently dropped.
 */

/**
 * A camp as the reference table gave it (data version 1.0.0): without the Japanese prose,
 * aliases and dates added in 1.1.0, which were written in geodata/ directly.
 */
export type ConvertedCampFeature = Omit<CampFeature, 'properties'> & {
  properties: Omit<CampProperties, (typeof CAMP_FIELDS_ADDED_1_1)[number]>
}

export const NO_HEADCOUNT = 'No camp-level headcount found in the sources; see tier basis.'
export const NO_DEATHS = 'No camp-level death figure is sourced for this camp.'

/** Splits on ";" outside parentheses, so a parenthesis stays whole with its term. */
export function splitOutsideParentheses(cell: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const c of cell) {
    if (c === '(') depth++
    if (c === ')') depth = Math.max(0, depth - 1)
    if (c === ';' && depth === 0) {
      parts.push(current)
      current = ''
    } else {
      current += c
    }
  }
  parts.push(current)
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}

/** The labor cell as short terms; "unknown" terms (with or without a parenthesis) are dropped. */
export function splitLabor(cell: string): string[] {
  return splitOutsideParentheses(cell).filter((term) => !/^unknown\b/i.test(term))
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(what)
  return value
}

export function sourceUrl(citation: string): string | null {
  const match = /^(https?:\/\/\S+)/.exec(citation)
  return match?.[1] ?? null
}

export function toCampFeature(
  row: ReferenceRow,
  number: number,
  annotation: CampAnnotation,
  sourceIdByCitation: ReadonlyMap<string, string>,
): ConvertedCampFeature {
  const region = required(REGION_BY_REFERENCE[row.region1946], `${row.id}: no region for "${row.region1946}"`)
  const country = required(COUNTRY_BY_REFERENCE[row.countryToday], `${row.id}: no country for "${row.countryToday}"`)
  const sources = row.sources.map((c) => required(sourceIdByCitation.get(c), `${row.id}: no source entry for "${c}"`))
  const uncertaintyKm = annotation.uncertaintyKm ?? DEFAULT_UNCERTAINTY_KM[row.locationPrecision]
  if (!isDefaultRadius(row.locationPrecision, uncertaintyKm) && !radiusExplained(uncertaintyKm, annotation.notes)) {
    throw new Error(`${row.id}: radius ${uncertaintyKm} km is not explained in its notes`)
  }
  if (row.bam !== (annotation.bamRole !== undefined)) throw new Error(`${row.id}: bamRole must be given exactly for BAM camps`)
  const detainedBasis =
    row.detainedCount === null
      ? [NO_HEADCOUNT, row.detainedCountBasis].filter((s) => s !== '').join(' ')
      : row.detainedCountBasis
  return {
    type: 'Feature',
    id: row.id,
    geometry: { type: 'Point', coordinates: [roundCoordinate(row.lon), roundCoordinate(row.lat)] },
    properties: {
      id: row.id,
      number,
      name: row.nameEn,
      nameJa: row.nameJa,
      nameRu: row.nameRu,
      modernName: row.modernName,
      region,
      country,
      tier: row.tier,
      tierBasis: row.tierBasis,
      detained: row.detainedCount,
      detainedBasis,
      deaths: annotation.deaths?.count ?? null,
      deathsBasis: annotation.deaths?.basis ?? annotation.deathsBasis ?? NO_DEATHS,
      campNumbers: annotation.campNumbers,
      bam: row.bam,
      bamRole: annotation.bamRole ?? null,
      labor: splitLabor(row.labor),
      locationPrecision: row.locationPrecision,
      uncertaintyKm,
      confidence: row.confidence,
      sources,
      notes: annotation.notes,
    },
  }
}

export function sourceIdsByCitation(specs: readonly SourceSpec[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const spec of specs) if (spec.citation !== null) map.set(spec.citation, spec.id)
  return map
}

function campList(names: readonly string[]): string {
  return names.length === 1 ? `Cited for: ${names[0]}.` : `Cited for: ${names.join('; ')}.`
}

export function toSources(rows: readonly ReferenceRow[], cited: readonly SourceSpec[], legend: readonly SourceSpec[]): Source[] {
  const citations = new Set(rows.flatMap((r) => r.sources))
  const unknown = [...citations].filter((c) => !cited.some((s) => s.citation === c))
  if (unknown.length > 0) throw new Error(`citations without a source entry: ${unknown.join(' | ')}`)
  const unused = cited.filter((s) => s.citation !== null && !citations.has(s.citation))
  if (unused.length > 0) throw new Error(`source entries no row cites: ${unused.map((s) => s.id).join(', ')}`)
  const ids = new Set<string>()
  return [...cited, ...legend].map((spec) => {
    if (ids.has(spec.id)) throw new Error(`duplicate source id ${spec.id}`)
    ids.add(spec.id)
    const citing = rows.filter((r) => spec.citation !== null && r.sources.includes(spec.citation)).map((r) => r.nameEn)
    return {
      id: spec.id,
      author: spec.author,
      title: spec.title,
      date: spec.date,
      language: spec.language,
      url: spec.citation === null ? null : sourceUrl(spec.citation),
      usedFor: citing.length === 0 ? spec.supports : `${spec.supports} ${campList(citing)}`,
    }
  })
}

export function usedRegions(rows: readonly ReferenceRow[], regions: readonly Region[]): Region[] {
  const slugs = new Set(rows.map((r) => required(REGION_BY_REFERENCE[r.region1946], `no region for "${r.region1946}"`)))
  const unused = regions.filter((r) => !slugs.has(r.slug))
  if (unused.length > 0) throw new Error(`regions no camp uses: ${unused.map((r) => r.slug).join(', ')}`)
  return [...regions]
}
