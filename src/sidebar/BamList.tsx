import { memo } from 'react'
import type { PlaceOnLine } from '../geo/bam-order'
import type { Camp } from '../data/schema'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { CampButton } from './CampButton'
import { campName } from '../i18n/names'

type Props = {
  order: readonly PlaceOnLine[]
  byId: ReadonlyMap<string, Camp>
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  lang: Lang
  t: Translate
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

/** A site further than this from the drawn line is said to be off it. */
const OFF_LINE_KM = 10

/** The eight Baikal–Amur Mainline camps, west to east, with their distance along the route. */
export const BamList = memo(function BamList({ order, byId, visibleIds, selectedId, lang, t, onSelect, onHover }: Props) {
  return (
    <section className="panel" aria-labelledby="bam-title">
      <h2 id="bam-title" className="panel__title">{t('bamTitle')}</h2>
      <p className="panel__intro">{t('bamIntro')}</p>
      <ol className="camp-list" data-testid="bam-list">
        {order.map((place) => {
          const camp = byId.get(place.id)
          if (!camp) return null
          const along = t('bamAlong', { km: Math.round(place.alongKm) })
          const off = place.offLineKm > OFF_LINE_KM ? ` · ${t('bamOffLine', { km: Math.round(place.offLineKm) })}` : ''
          const hidden = visibleIds.has(camp.id) ? '' : ` · ${t('bamHiddenByFilter')}`
          return (
            <li key={camp.id} data-camp-id={camp.id} data-along-km={place.alongKm.toFixed(1)}>
              <CampButton camp={camp} name={campName(camp, lang)} detail={`${along}${off}${hidden}`} selected={camp.id === selectedId} onSelect={onSelect} onHover={onHover} />
            </li>
          )
        })}
      </ol>
    </section>
  )
})
