import { memo } from 'react'
import { BamCampList, type BamSectionProps } from './BamCampList'
import { bamCampNumbers } from './bam-text'
import { useLang, useTranslate } from '../context/app-context'
import './bam-list.css'

type Props = BamSectionProps & {
  /** The numbers, the order note and the list behind one click (the app's sidebar). */
  folded?: boolean
}

/**
 * The eight Baikal–Amur Mainline camps: two sentences, and one click away, west to east: what they were, which camp numbers
 * are known, and for each its distance along the planned route, or, for a camp off the
 * line, that it is off the line and why (from its notes).
 */
export const BamList = memo(function BamList({ order, byId, visibleIds, selectedId, onSelect, onHover, folded = false }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const camps = order.flatMap((place) => byId.get(place.id) ?? [])
  const numbers = bamCampNumbers(camps)
  const details = (
    <>
      <p className="panel__intro" data-testid="bam-numbers">
        {t('bamNumbers', {
          count: numbers.length,
          numbers: numbers.map((n) => t('campNumber', { number: n })).join(lang === 'ja' ? '、' : ', '),
        })}
      </p>
      <p className="panel__intro">{t('bamOrderNote')}</p>
      <BamCampList places={order} byId={byId} visibleIds={visibleIds} selectedId={selectedId} onSelect={onSelect} onHover={onHover} />
    </>
  )
  return (
    <section className="panel" aria-labelledby="bam-title">
      <h2 id="bam-title" className="panel__title">
        {t('bamTitle')}
      </h2>
      <p className="panel__intro" data-testid="bam-intro">
        {t('bamWhat')} {t('bamIntro')}
      </p>
      {folded ? (
        <details className="bam-list__more" data-testid="bam-more">
          <summary>{t('bamMore')}</summary>
          {details}
        </details>
      ) : (
        details
      )}
    </section>
  )
})
