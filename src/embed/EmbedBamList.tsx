import { memo } from 'react'
import type { Camp } from '../data/schema'
import type { PlaceOnLine } from '../geo/bam-order'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { localName } from '../i18n/names'
import { CampButton } from '../sidebar/CampButton'
import { isOffLine, offLineReason } from '../sidebar/bam-text'
import { embedBamParagraphs } from './embed-bam-text'
import '../sidebar/bam-list.css'

type Props = {
  /** All the Baikal–Amur camps, west to east. */
  order: readonly PlaceOnLine[]
  byId: ReadonlyMap<string, Camp>
  /** The camps this embed shows: only they are listed, and the text says how many of all they are. */
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  lang: Lang
  t: Translate
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

/**
 * The embed's Baikal–Amur list: the camps of the line that the embed shows, west to east,
 * under sentences that are true of that set (see embed-bam-text.ts).
 */
export const EmbedBamList = memo(function EmbedBamList({ order, byId, visibleIds, selectedId, lang, t, onSelect, onHover }: Props) {
  const [intro, numbers, note] = embedBamParagraphs(order, byId, visibleIds, t, lang)
  const shown = order.filter((place) => visibleIds.has(place.id))
  return (
    <section className="panel" aria-labelledby="embed-bam-title">
      <h2 id="embed-bam-title" className="panel__title">
        {t('bamTitle')}
      </h2>
      <p className="panel__intro" data-testid="bam-intro">
        {intro}
      </p>
      <p className="panel__intro" data-testid="bam-numbers">
        {numbers}
      </p>
      <p className="panel__intro">{note}</p>
      <ol className="camp-list" data-testid="bam-list">
        {shown.map((place) => {
          const camp = byId.get(place.id)
          if (!camp) return null
          const off = isOffLine(place, camp)
          const where = off
            ? t('bamOffTheLine', { km: Math.round(place.offLineKm) })
            : t('bamAlongRoute', { km: Math.round(place.alongKm) })
          const reason = off ? offLineReason(camp, lang) : null
          return (
            <li key={camp.id} data-camp-id={camp.id} data-along-km={place.alongKm.toFixed(1)} data-off-line={off ? 'true' : undefined}>
              <CampButton
                camp={camp}
                name={localName(camp, lang)}
                detail={where}
                selected={camp.id === selectedId}
                onSelect={onSelect}
                onHover={onHover}
              />
              {reason !== null && (
                <p className="bam-list__why" lang={reason.lang}>
                  {t('bamOffLineWhy', { reason: reason.text })}
                  {reason.englishOnly && ` (${t('englishOnly')})`}
                </p>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
})
