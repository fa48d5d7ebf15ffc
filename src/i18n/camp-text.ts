import { parseCampDate } from '../data/camp-dates'
import { writtenDate } from './iso-date'
import type { Camp } from '../data/schema'
import type { Translate } from './i18n'
import type { MessageKey } from './en'
import type { Lang } from './lang'

/**
 * A camp's words in the reader's language, pure: prose fields, dates, camp numbers and the
 * confidence, each said once (the tier: `tier-text.ts`, which the markers need at first paint).
 */

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/

export type LocalText = { text: string; lang: Lang; englishOnly: boolean }

/**
 * The Japanese text when the interface is Japanese and the data has it (it differs from
 * the English and contains Japanese script); otherwise the English one, flagged `englishOnly` so the UI can say so.
 */
export function localText(en: string, ja: string | null, lang: Lang): LocalText {
  if (lang === 'en') return { text: en, lang: 'en', englishOnly: false }
  // A placeholder copy of the English text is not a translation, even if it quotes Japanese.
  if (ja !== null && ja.trim() !== '' && ja !== en && JAPANESE_SCRIPT.test(ja)) return { text: ja, lang: 'ja', englishOnly: false }
  return { text: en, lang: 'en', englishOnly: en.trim() !== '' }
}

/** A list field (labour) in the reader's language; the Japanese list only when it is Japanese. */
export function localList(
  en: readonly string[],
  ja: readonly string[],
  lang: Lang,
): { items: readonly string[]; lang: Lang; englishOnly: boolean } {
  if (lang === 'en') return { items: en, lang: 'en', englishOnly: false }
  if (ja.length === en.length && ja.every((item, i) => item !== en[i] && JAPANESE_SCRIPT.test(item)))
    return { items: ja, lang: 'ja', englishOnly: false }
  return { items: en, lang: 'en', englishOnly: en.length > 0 }
}

function dateText(value: string, lang: Lang, bareYearSuffix: boolean): string {
  const parts = parseCampDate(value)
  if (parts === null) return value
  if (parts.month !== null) return writtenDate({ year: parts.year, month: parts.month }, lang)
  return lang === 'ja' && bareYearSuffix ? `${parts.year}年` : String(parts.year)
}

/** "1945–1948", "from 1945", "until 1948", "not known" (ja: 1945〜1948年, 1945年から, 1948年まで, 不明). */
export function heldText(opened: string | null, closed: string | null, lang: Lang, t: Translate): string {
  if (opened !== null && closed !== null) {
    const bothYears = parseCampDate(opened)?.month === null && parseCampDate(closed)?.month === null
    if (opened === closed) return dateText(opened, lang, true)
    // Japanese writes the era suffix once after a range of bare years: 1945〜1948年.
    return t('heldRange', { from: dateText(opened, lang, !bothYears), to: dateText(closed, lang, true) })
  }
  if (opened !== null) return t('heldFrom', { from: dateText(opened, lang, true) })
  if (closed !== null) return t('heldUntil', { to: dateText(closed, lang, true) })
  return t('heldUnknown')
}

/** Soviet camp numbers as each language writes them: "No. 16" / "第16収容所". */
export function campNumbersText(numbers: readonly string[], lang: Lang, t: Translate): string {
  if (numbers.length === 0) return t('none')
  return numbers.map((n) => t('campNumber', { number: n })).join(lang === 'ja' ? '、' : ', ')
}

const confidenceLevelKey: Record<Camp['confidence'], MessageKey> = {
  high: 'confidenceHigh',
  medium: 'confidenceMedium',
  low: 'confidenceLow',
}

/** The confidence level and what it is about (the place), and whether the figures are known. */
export function confidenceExplained(camp: Pick<Camp, 'confidence' | 'detained'>, lang: Lang, t: Translate): string {
  const about = t('confidenceAbout', { level: t(confidenceLevelKey[camp.confidence]) })
  const figures = camp.detained === null ? t('confidenceNoHeadcount') : t('confidenceHeadcount')
  return `${about}${lang === 'ja' ? '' : ' '}${figures}`
}
