import { formatNumber, type Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import type { RepatriationRow } from './history-data'

/** The chart's text equivalent: every year with its figure, or that there is none. */
export function chartSummary(rows: readonly RepatriationRow[], lang: Lang, t: Translate): string {
  const parts = rows.map((row) =>
    row.released === null
      ? t('historyChartYearMissing', { year: String(row.year) })
      : t('historyChartYear', { year: String(row.year), value: formatNumber(row.released, lang) }),
  )
  return parts.join(lang === 'ja' ? '、' : '; ')
}

/** The paragraph text in the reader's language. */
export function inLang(p: { en: string; ja: string }, lang: Lang): string {
  return lang === 'ja' ? p.ja : p.en
}
