import type { Camp } from '../data/schema'
import type { PlaceOnLine } from '../geo/bam-order'
import { localName } from '../i18n/names'
import { isOffLine, offLineReason } from './bam-text'
import { CampButton } from './CampButton'
import { useLang, useTranslate } from '../context/app-context'

/** What the sidebar's and the embed's Baikal–Amur sections are given (BamList, EmbedBamList). */
export type BamSectionProps = {
  /** All the Baikal–Amur camps, west to east. */
  order: readonly PlaceOnLine[]
  byId: ReadonlyMap<string, Camp>
  /** The camps the filters (or the embed) show. */
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

type Props = {
  /** The Baikal–Amur camps to list, west to east. */
  places: readonly PlaceOnLine[]
  byId: ReadonlyMap<string, Camp>
  /** When given, a camp not in it is said to be hidden by the filters (the sidebar lists all eight). */
  visibleIds?: ReadonlySet<string>
  selectedId: string | null
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

/**
 * The Baikal–Amur camps, one item each: its distance along the planned route, or that it is
 * off the line and why (from its notes). Shared by the sidebar's list and the embed's.
 */
export function BamCampList({ places, byId, visibleIds, selectedId, onSelect, onHover }: Props) {
  const lang = useLang()
  const t = useTranslate()
  return (
    <ol className="camp-list" data-testid="bam-list">
      {places.map((place) => {
        const camp = byId.get(place.id)
        if (!camp) return null
        const off = isOffLine(place, camp)
        const where = off ? t('bamOffTheLine', { km: Math.round(place.offLineKm) }) : t('bamAlongRoute', { km: Math.round(place.alongKm) })
        const hidden = visibleIds === undefined || visibleIds.has(camp.id) ? '' : ` · ${t('bamHiddenByFilter')}`
        const reason = off ? offLineReason(camp, lang) : null
        return (
          <li key={camp.id} data-camp-id={camp.id} data-along-km={place.alongKm.toFixed(1)} data-off-line={off ? 'true' : undefined}>
            <CampButton
              camp={camp}
              name={localName(camp, lang)}
              detail={`${where}${hidden}`}
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
  )
}
