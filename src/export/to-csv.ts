import type { Camp, Source } from '../data/schema'
import { formatSource, formatSourceIn } from '../data/source-text'

/** Each Japanese text column follows its English one; `opened`/`closed` are YYYY or YYYY-MM, empty = not known. */
const columns = [
  'number',
  'id',
  'name',
  'nameJa',
  'nameRu',
  'aliases',
  'modernName',
  'modernNameJa',
  'region',
  'country',
  'lat',
  'lon',
  'locationPrecision',
  'uncertaintyKm',
  'opened',
  'closed',
  'tier',
  'tierBasis',
  'tierBasisJa',
  'detained',
  'detainedBasis',
  'detainedBasisJa',
  'deaths',
  'deathsBasis',
  'deathsBasisJa',
  'campNumbers',
  'bam',
  'bamRole',
  'bamRoleJa',
  'labor',
  'laborJa',
  'confidence',
  'notes',
  'notesJa',
  'sources',
  'sourcesJa',
] as const

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The camps as CSV, one row each, with their sources written out in full (separated by
 * " | ") so that the file stands on its own; `sourcesJa` cites them in Japanese where a
 * source has a Japanese bibliography (`citationJa`). Unknown figures are empty cells.
 */
export function campsToCsv(camps: readonly Camp[], sourcesById: ReadonlyMap<string, Source>): string {
  const rows = camps.map((camp) => {
    const cells: Record<(typeof columns)[number], string | number | boolean | null> = {
      ...camp,
      lat: camp.lngLat[1],
      lon: camp.lngLat[0],
      campNumbers: camp.campNumbers.join('; '),
      labor: camp.labor.join('; '),
      laborJa: camp.laborJa.join('; '),
      aliases: camp.aliases.join('; '),
      sources: camp.sources
        .map((id) => {
          const s = sourcesById.get(id)
          return s ? formatSource(s) : id
        })
        .join(' | '),
      sourcesJa: camp.sources
        .map((id) => {
          const s = sourcesById.get(id)
          return s ? formatSourceIn(s, 'ja') : id
        })
        .join(' | '),
    }
    return columns.map((column) => csvCell(cells[column])).join(',')
  })
  return `${[columns.join(','), ...rows].join('\r\n')}\r\n`
}
