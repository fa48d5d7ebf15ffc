import { describe, expect, it } from 'vitest'
import { parseCsv, parseCsvRecords } from './csv'

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\n'
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\nlines', ''],
    ])
  })

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/unterminated/)
  })
})

describe('parseCsvRecords', () => {
  it('keys rows by the header and rejects ragged rows', () => {
    expect(parseCsvRecords('id,name\nx,"A, B"\n')).toEqual([{ id: 'x', name: 'A, B' }])
    expect(() => parseCsvRecords('id,name\nx\n')).toThrow(/row 2/)
  })
})
