import { memo } from 'react'
import { BamCampList, type BamSectionProps } from '../sidebar/BamCampList'
import { embedBamParagraphs } from './embed-bam-text'
import { useLang, useTranslate } from '../context/app-context'
import '../sidebar/bam-list.css'

/**
 * The embed's Baikal–Amur list: the camps of the line that the embed shows (`visibleIds`:
 * only they are listed, and the text says how many of all they are), west to east, under
 * sentences that are true of that set (see embed-bam-text.ts).
 */
export const EmbedBamList = memo(function EmbedBamList({ order, byId, visibleIds, selectedId, onSelect, onHover }: BamSectionProps) {
  const lang = useLang()
  const t = useTranslate()
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
      <BamCampList places={shown} byId={byId} selectedId={selectedId} onSelect={onSelect} onHover={onHover} />
    </section>
  )
})
