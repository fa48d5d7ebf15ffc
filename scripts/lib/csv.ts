/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, line breaks and doubled
 * quotes. Pure: takes the file's text, returns rows of strings.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
        }
      } else {
        field += c
      }
    } else if (c === '"') {
      quoted = true
    } else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') {
      field += c
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field')
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Rows as records keyed by the header; every row must have the header's width. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text)
  if (!header) return []
  return body.map((cells, index) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV: row ${index + 2} has ${cells.length} fields, header has ${header.length}`)
    }
    return Object.fromEntries(header.map((key, i) => [key, cells[i] ?? '']))
  })
}
