import type { Translate } from '../i18n/i18n'
import { isoDateIn, writtenDate } from '../i18n/iso-date'

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

/** The access date, the reader's local day: "27 November 2026", "2026年11月27日". */
function accessedText(date: Date, lang: CitationInput['lang']): string {
  return writtenDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }, lang)
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
