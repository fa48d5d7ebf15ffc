import { describe, expect, it } from 'vitest'
import { formatCitation } from './citation'

const echo = (key: string, values?: Record<string, string | number>) => `${key} ${JSON.stringify(values)}`

describe('formatCitation: the access date', () => {
  it("writes the reader's local day as Intl's long date style does, in both languages, every month", () => {
    for (let month = 0; month < 12; month += 1) {
      const accessed = new Date(2026, month, month + 1)
      for (const [lang, locale] of [
        ['en', 'en-GB'],
        ['ja', 'ja-JP'],
      ] as const) {
        const text = formatCitation({ title: 'T', version: '1', date: '2026-12-01', count: 1, url: 'u', accessed, lang }, echo)
        const expected = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(accessed)
        const values = JSON.parse(text.slice('citation '.length)) as { accessed: string }
        expect(values.accessed).toBe(expected)
      }
    }
  })
})
