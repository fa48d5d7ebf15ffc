/**
 * When a camp held Japanese: `opened` and `closed` are a year (`YYYY`) or a month
 * (`YYYY-MM`), or `null` when the sources give none. Pure helpers shared by the schema,
 * the validator and the UI.
 */

export const CAMP_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/

export type CampDateParts = { year: number; month: number | null }

/** The year and month of a camp date, or `null` if it is not `YYYY` / `YYYY-MM`. */
export function parseCampDate(value: string): CampDateParts | null {
  const match = CAMP_DATE_PATTERN.exec(value)
  if (!match) return null
  return { year: Number(match[1]), month: match[2] === undefined ? null : Number(match[2]) }
}

/**
 * Whether `closed` is not before `opened`. A bare year covers the whole year, so
 * `1948` closes no earlier than `1948-05` opens. Unknown or malformed dates are not
 * an order problem (the format check reports malformed ones).
 */
export function campDatesInOrder(opened: string | null, closed: string | null): boolean {
  if (opened === null || closed === null) return true
  const a = parseCampDate(opened)
  const b = parseCampDate(closed)
  if (a === null || b === null) return true
  if (a.year !== b.year) return a.year < b.year
  if (a.month === null || b.month === null) return true
  return a.month <= b.month
}
