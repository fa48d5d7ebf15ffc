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

const dateFormats = new Map<CitationInput['lang'], Intl.DateTimeFormat>()

/** The access date as each language writes it: "27 November 2026", "2026年11月27日". */
function accessedText(date: Date, lang: CitationInput['lang']): string {
  // Creating a formatter costs milliseconds; the citation is re-derived on every filter.
  let format = dateFormats.get(lang)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' })
    dateFormats.set(lang, format)
  }
  return format.format(date)
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
