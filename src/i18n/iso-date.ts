import type { Lang } from './lang'

/** A data date ("2026-12-01") as the reader's language writes it: unchanged in English, 2026年12月1日 in Japanese. */
export function isoDateIn(date: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (lang !== 'ja' || m === null) return date
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}
