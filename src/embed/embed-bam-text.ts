import type { Camp } from '../data/schema'
import type { PlaceOnLine } from '../geo/bam-order'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { localName } from '../i18n/names'
import { bamCampNumbers } from '../sidebar/bam-text'

/**
 * The sentences above an embed's Baikal–Amur list, pure. Each is true of the set it names:
 * the sources' eight camps are "the eight"; counts and camp numbers are those of the eight
 * when the embed shows all of them, else of the ones on this map, and the text says which.
 */
export function embedBamParagraphs(
  order: readonly PlaceOnLine[],
  byId: ReadonlyMap<string, Camp>,
  shownIds: ReadonlySet<string>,
  t: Translate,
  lang: Lang,
): string[] {
  const all = order.flatMap((place) => byId.get(place.id) ?? [])
  const shown = all.filter((camp) => shownIds.has(camp.id))
  const list = (items: readonly string[]) => items.join(lang === 'ja' ? '、' : ', ')
  const numbersOf = (camps: readonly Camp[]) => list(bamCampNumbers(camps).map((n) => t('campNumber', { number: n })))
  const intro = `${t('bamWhat')} ${t('bamIntro')}`
  if (shown.length === all.length) {
    return [intro, t('bamNumbers', { count: bamCampNumbers(all).length, numbers: numbersOf(all) }), t('bamOrderNote')]
  }
  const numbered = shown.filter((camp) => camp.campNumbers.length > 0)
  const unnumbered = shown.filter((camp) => camp.campNumbers.length === 0)
  const about = [t('embedBamShown', { shown: shown.length, total: all.length })]
  if (numbered.length > 0) about.push(t('embedBamNumbers', { numbers: numbersOf(numbered) }))
  if (unnumbered.length > 0) about.push(t('embedBamNoNumber', { names: list(unnumbered.map((camp) => localName(camp, lang))) }))
  about.push(t('embedBamFullMap', { total: all.length }))
  return [intro, about.join(' '), t('bamOrderNote')]
}
