import type { Lang } from './lang'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A date as each language writes it, by hand rather than through Intl (whose first formatter
 * costs about 25 ms of the start-up): "27 November 2026" or "November 2026"; 2026年11月27日 or
 * 2026年11月. `month` is 1–12.
 */
export function writtenDate(date: { year: number; month: number; day?: number }, lang: Lang): string {
  const { year, month, day } = date
  if (lang === 'ja') return `${String(year)}年${String(month)}月${day === undefined ? '' : `${String(day)}日`}`
  const name = MONTHS[month - 1] ?? ''
  return day === undefined ? `${name} ${String(year)}` : `${String(day)} ${name} ${String(year)}`
}

/** A data date ("2026-12-01") as the reader's language writes it: unchanged in English, 2026年12月1日 in Japanese. */
export function isoDateIn(date: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (lang !== 'ja' || m === null) return date
  return writtenDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, lang)
}
