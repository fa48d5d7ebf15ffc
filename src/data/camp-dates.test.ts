import { describe, expect, it } from 'vitest'
import { campDatesInOrder, parseCampDate } from './camp-dates'
import { campPropertiesSchema } from './schema'

describe('parseCampDate', () => {
  it('reads a year or a year and month', () => {
    expect(parseCampDate('1945')).toEqual({ year: 1945, month: null })
    expect(parseCampDate('1947-10')).toEqual({ year: 1947, month: 10 })
  })

  it('rejects anything else', () => {
    for (const bad of ['45', '1945-13', '1945-1', '1945-00', '1945-10-01', 'autumn 1945', ' 1945']) expect(parseCampDate(bad)).toBeNull()
  })
})

describe('campDatesInOrder', () => {
  it('accepts unknown dates and closed not before opened', () => {
    expect(campDatesInOrder(null, '1948')).toBe(true)
    expect(campDatesInOrder('1945', null)).toBe(true)
    expect(campDatesInOrder('1945', '1948')).toBe(true)
    expect(campDatesInOrder('1945-10', '1945-10')).toBe(true)
    expect(campDatesInOrder('1946-03', '1946')).toBe(true)
    expect(campDatesInOrder('1946', '1946-03')).toBe(true)
  })

  it('rejects closed before opened', () => {
    expect(campDatesInOrder('1947', '1946-05')).toBe(false)
    expect(campDatesInOrder('1945-10', '1945-09')).toBe(false)
  })
})

describe('campPropertiesSchema dates', () => {
  it('rejects a malformed date and accepts an unknown one', () => {
    const shape = campPropertiesSchema.shape
    expect(shape.opened.safeParse('1945-13').success).toBe(false)
    expect(shape.closed.safeParse(null).success).toBe(true)
  })
})
