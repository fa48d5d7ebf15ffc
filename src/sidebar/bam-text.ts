import type { Camp } from '../data/schema'
import { localText, type LocalText } from '../i18n/camp-text'
import type { PlaceOnLine } from '../geo/bam-order'
import type { Lang } from '../i18n/lang'

/**
 * What the BAM list says about each camp, pure. A camp farther from every drawn BAM line
 * than both this and its own location radius is "off the line": the list says so, and why
 * (from its notes), instead of giving a distance along a route it is not on.
 */
const OFF_LINE_KM = 100

export function isOffLine(place: Pick<PlaceOnLine, 'offLineKm'>, camp: Pick<Camp, 'uncertaintyKm'>): boolean {
  return place.offLineKm > Math.max(OFF_LINE_KM, camp.uncertaintyKm)
}

const EN_MARKER = /Off the mainline:\s*/
/** The Japanese notes' equivalent of "Off the mainline:" (as the translations write it). */
const JA_MARKER = /(?:本線から外れ[^:：。]*|路線から外れ[^:：。]*|本線外|路線外)[:：]\s*/

function after(text: string, marker: RegExp): string | null {
  const match = marker.exec(text)
  if (!match) return null
  const rest = text.slice(match.index + match[0].length).trim()
  return rest === '' ? null : rest
}

/** The notes' own explanation of why the camp is off the line, in the reader's language if it has one. */
export function offLineReason(camp: Pick<Camp, 'notes' | 'notesJa'>, lang: Lang): LocalText | null {
  const en = after(camp.notes, EN_MARKER)
  if (en === null) return null
  return localText(en, after(camp.notesJa, JA_MARKER), lang)
}

/** The Soviet camp numbers of the BAM camps, each once, in numeric order. */
export function bamCampNumbers(camps: readonly Pick<Camp, 'campNumbers'>[]): string[] {
  return [...new Set(camps.flatMap((c) => c.campNumbers))].sort((a, b) => Number(a) - Number(b))
}
