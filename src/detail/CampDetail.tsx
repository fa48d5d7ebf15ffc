import { useEffect, useRef, type ReactNode } from 'react'
import type { Camp, Region, Source } from '../data/schema'
import { tierKeyOf } from '../filter/tier-key'
import { formatNumber, type Translate } from '../i18n/i18n'
import { tierMeaningKey, tierNameKey } from '../i18n/tier-messages'
import type { Lang } from '../url/url-state'
import { TierGlyph } from '../ui/TierGlyph'
import { confidenceText, coordinatesText, countryName, locationText, regionText } from './camp-facts'
import { SourceList } from './SourceList'
import { mayTakeFocus } from '../embed/focus-policy'

type Props = {
  camp: Camp
  region: Region | undefined
  regions: Iterable<Region>
  sourcesById: ReadonlyMap<string, Source>
  lang: Lang
  t: Translate
  onClose: () => void
  /** Tier, detained and deaths before the names (an embed's small detail sheet). */
  figuresFirst?: boolean
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  )
}

function Figure({ value, basis, lang, t }: { value: number | null; basis: string | null; lang: Lang; t: Translate }) {
  return (
    <>
      <strong>{value === null ? t('figureUnknown') : formatNumber(value, lang)}</strong>
      {basis !== null && basis !== '' && <span className="detail__basis">{` — ${basis}`}</span>}
    </>
  )
}

/** Everything known about one camp, in words, with its sources. Escape or Close shuts it. */
export function CampDetail({ camp, region, regions, sourcesById, lang, t, onClose, figuresFirst = false }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (mayTakeFocus()) headingRef.current?.focus()
  }, [camp.id])
  const tier = tierKeyOf(camp.tier)
  const tierFact = (
    <Fact term={t('tierHeading')}>
      <span className="detail__tier" data-tier={tier}>
        <TierGlyph tier={tier} /> {t(tierNameKey[tier])}: {t(tierMeaningKey[tier])}
      </span>
    </Fact>
  )
  const basisFact = <Fact term={t('tierBasis')}>{camp.tierBasis}</Fact>
  const countFacts = (
    <>
      <Fact term={t('detained')}><Figure value={camp.detained} basis={camp.detainedBasis} lang={lang} t={t} /></Fact>
      <Fact term={t('deaths')}><Figure value={camp.deaths} basis={camp.deathsBasis} lang={lang} t={t} /></Fact>
    </>
  )
  return (
    <section
      className="detail"
      data-testid="camp-detail"
      data-camp-id={camp.id}
      aria-labelledby="detail-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      <header className="detail__header">
        <p className="detail__number">{t('catalogueNumber', { number: camp.number })}</p>
        <h2 id="detail-title" ref={headingRef} tabIndex={-1}>{lang === 'ja' ? camp.nameJa : camp.name}</h2>
        <button type="button" className="detail__close" data-testid="close-detail" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <dl className="detail__facts">
        {figuresFirst && <>{tierFact}{countFacts}{basisFact}</>}
        <Fact term={t('nameEn')}>{camp.name}</Fact>
        <Fact term={t('nameJa')}><span lang="ja">{camp.nameJa}</span></Fact>
        <Fact term={t('nameRu')}><span lang="ru">{camp.nameRu}</span></Fact>
        <Fact term={t('modernName')}>{camp.modernName}</Fact>
        <Fact term={t('country')}>{countryName(camp.country, lang)}</Fact>
        <Fact term={t('region1946')}>{regionText(region, camp.region, regions, lang, t)}</Fact>
        {!figuresFirst && <>{tierFact}{basisFact}{countFacts}</>}
        <Fact term={t('campNumbers')}>{camp.campNumbers.length > 0 ? camp.campNumbers.map((n) => `No. ${n}`).join(', ') : t('none')}</Fact>
        {camp.bamRole !== null && <Fact term={t('bamRole')}>{camp.bamRole}</Fact>}
        <Fact term={t('labor')}>{camp.labor.length > 0 ? camp.labor.join('; ') : t('laborUnknown')}</Fact>
        <Fact term={t('location')}>{locationText(camp, t)}</Fact>
        <Fact term={t('coordinates')}>{coordinatesText(camp.lngLat)}</Fact>
        <Fact term={t('confidence')}>{confidenceText(camp, t)}</Fact>
      </dl>
      {camp.notes !== '' && (
        <>
          <h3>{t('notes')}</h3>
          <p className="detail__notes">{camp.notes}</p>
        </>
      )}
      <h3>{t('sources')}</h3>
      <SourceList ids={camp.sources} sourcesById={sourcesById} />
    </section>
  )
}
