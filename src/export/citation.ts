import type { Translate } from '../i18n/i18n'
import { isoDateIn } from '../i18n/iso-date'

export type CitationInput = {
  title: string
  version: string
  date: string
  count: number
  url: string
  accessed: Date
  lang: 'en' | 'ja'
}

/** The "Cite this map" text: title, data version and date, camps shown, link, access date. */
export function formatCitation(input: CitationInput, t: Translate): string {
  return t('citation', {
    title: input.title,
    version: input.version,
    date: isoDateIn(input.date, input.lang),
    count: input.count,
    url: input.url,
    accessed: accessedText(input.accessed, input.lang),
  })
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * The access date (the reader's local day) as each language writes it: "27 November 2026",
 * "2026年11月27日" (what Intl's long date style gives, without loading its data: the first
 * formatter took about 25 ms of the start-up, where the citation is first derived).
 */
function accessedText(date: Date, lang: CitationInput['lang']): string {
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()]
  return lang === 'ja' ? `${String(year)}年${String(month + 1)}月${String(day)}日` : `${String(day)} ${MONTHS[month] ?? ''} ${String(year)}`
}

export type CampCitationInput = Omit<CitationInput, 'count'> & {
  name: string
  /** The camp's sources, each already cited in the reader's language (formatSourceIn). */
  sources?: readonly string[]
}

/** "Cite this camp": the camp's name, the data title, version and date, its link, access date, then its sources. */
export function formatCampCitation(input: CampCitationInput, t: Translate): string {
  const citation = t('campCitation', {
    name: input.name,
    title: input.title,
    version: input.version,
    date: isoDateIn(input.date, input.lang),
    url: input.url,
    accessed: accessedText(input.accessed, input.lang),
  })
  const sources = input.sources ?? []
  if (sources.length === 0) return citation
  const list = sources.join(input.lang === 'ja' ? '；' : '; ')
  return `${citation}${input.lang === 'ja' ? '' : ' '}${t('campCitationSources', { sources: list })}`
}
