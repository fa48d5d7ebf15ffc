import { parseCsvRecords } from '../lib/csv'

/** One row of ../shared/reference/camps.csv, typed but not interpreted. */
export type ReferenceRow = {
  id: string
  nameEn: string
  nameJa: string
  nameRu: string
  modernName: string
  lat: number
  lon: number
  locationPrecision: 'settlement' | 'approximate' | 'region'
  region1946: string
  countryToday: string
  tier: 1 | 2 | 3 | 4 | null
  tierBasis: string
  detainedCount: number | null
  detainedCountBasis: string
  bam: boolean
  labor: string
  sources: string[]
  confidence: 'high' | 'medium' | 'low'
}

export const REFERENCE_COLUMNS = [
  'id', 'name_en', 'name_ja', 'name_ru', 'modern_name', 'lat', 'lon', 'location_precision', 'region_1946',
  'country_today', 'tier', 'tier_basis', 'detained_count', 'detained_count_basis', 'bam', 'labor', 'sources',
  'confidence',
] as const

function field(record: Record<string, string>, key: string): string {
  const value = record[key]
  if (value === undefined) throw new Error(`camps.csv: missing column ${key}`)
  return value.trim()
}

function number(record: Record<string, string>, key: string): number {
  const value = Number(field(record, key))
  if (!Number.isFinite(value)) throw new Error(`camps.csv ${field(record, 'id')}: ${key} is not a number`)
  return value
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => a === value)
  if (found === undefined) throw new Error(`camps.csv: unexpected ${what} "${value}"`)
  return found
}

function tier(value: string): ReferenceRow['tier'] {
  switch (value) {
    case '1': return 1
    case '2': return 2
    case '3': return 3
    case '4': return 4
    case 'unknown': return null
    default: throw new Error(`camps.csv: unexpected tier "${value}"`)
  }
}

function count(value: string): number | null {
  if (value === '') return null
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`camps.csv: detained_count "${value}" is not a positive integer`)
  return n
}

/** Splits the sources cell on ";" (a "(mirror: …)" stays with its entry). */
export function splitCitations(cell: string): string[] {
  return cell.split(';').map((s) => s.trim()).filter((s) => s !== '')
}

export function toReferenceRow(record: Record<string, string>): ReferenceRow {
  return {
    id: field(record, 'id'),
    nameEn: field(record, 'name_en'),
    nameJa: field(record, 'name_ja'),
    nameRu: field(record, 'name_ru'),
    modernName: field(record, 'modern_name'),
    lat: number(record, 'lat'),
    lon: number(record, 'lon'),
    locationPrecision: oneOf(field(record, 'location_precision'), ['settlement', 'approximate', 'region'], 'location_precision'),
    region1946: field(record, 'region_1946'),
    countryToday: field(record, 'country_today'),
    tier: tier(field(record, 'tier')),
    tierBasis: field(record, 'tier_basis'),
    detainedCount: count(field(record, 'detained_count')),
    detainedCountBasis: field(record, 'detained_count_basis'),
    bam: oneOf(field(record, 'bam'), ['yes', 'no'], 'bam') === 'yes',
    labor: field(record, 'labor'),
    sources: splitCitations(field(record, 'sources')),
    confidence: oneOf(field(record, 'confidence'), ['high', 'medium', 'low'], 'confidence'),
  }
}

export function parseReferenceTable(text: string): ReferenceRow[] {
  const records = parseCsvRecords(text)
  const first = records[0]
  if (first) {
    const missing = REFERENCE_COLUMNS.filter((c) => !(c in first))
    if (missing.length > 0) throw new Error(`camps.csv: missing columns ${missing.join(', ')}`)
  }
  return records.map(toReferenceRow)
}
