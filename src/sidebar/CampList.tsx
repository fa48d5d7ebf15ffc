import { memo } from 'react'
import type { Camp } from '../data/schema'
import { CampButton } from './CampButton'
import { localName } from '../i18n/names'
import { capList } from './list-cap'
import { useLang, useTranslate } from '../context/app-context'

type Props = {
  camps: readonly Camp[]
  selectedId: string | null
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

/** Every camp the filters let through: the map's complete alternative without the map. */
export const CampList = memo(function CampList({ camps, selectedId, onSelect, onHover }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const { listed, notListed } = capList(camps)
  return (
    <section className="panel" aria-labelledby="camp-list-title">
      <h2 id="camp-list-title" className="panel__title">
        {t('campListTitle')}
      </h2>
      {camps.length === 0 && <p className="panel__empty">{t('noCamps')}</p>}
      <ol className="camp-list" data-testid="camp-list">
        {listed.map((camp) => (
          <li key={camp.id} data-camp-id={camp.id}>
            <CampButton camp={camp} name={localName(camp, lang)} selected={camp.id === selectedId} onSelect={onSelect} onHover={onHover} />
          </li>
        ))}
      </ol>
      {notListed > 0 && (
        <p className="panel__empty" data-testid="camp-list-capped">
          {t('campListCapped', { notListed })}
        </p>
      )}
    </section>
  )
})
