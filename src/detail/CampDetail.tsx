import { localName } from '../i18n/names'
import { useEffect, useRef, useState, type ReactNode, lazy, Suspense } from 'react'
import type { Camp, Region, Source } from '../data/schema'
import type { DatasetMetadata } from '../data/validate'
import { formatSourceIn } from '../data/source-text'
import { formatCampCitation } from '../export/citation'
import { tierKeyOf } from '../data/tier-key'
import { MinistryListsLink } from '../ui/MinistryListsLink'
import { formatNumber } from '../i18n/i18n'
import { CopyField } from '../ui/CopyField'
import { NativeShareButton } from '../ui/NativeShareButton'
import './detail.css'
import type { Lang } from '../i18n/lang'
import { TierGlyph } from '../symbols/TierGlyph'
import { coordinatesText, countryName, locationText, regionText } from './camp-facts'
import { campLink } from './camp-link'
import { currentHref } from '../state/url-store'
import { useLang, useTranslate } from '../context/app-context'
import { campNumbersText, confidenceExplained, heldText, localList, localText, type LocalText } from '../i18n/camp-text'
import { tierText } from '../i18n/tier-text'
import { SourceList } from '../ui/SourceList'
import { mayTakeFocus } from '../ui/focus-policy'
import { useMapOverlayRef } from '../ui/map-overlays'
import { SheetHandle } from './SheetHandle'
import { LinkedCamps } from './LinkedCamps'
import './sheet.css'

// Loaded with the burial data, not for the first paint.
const FindingARelative = lazy(() => import('../ui/FindingARelative').then((m) => ({ default: m.FindingARelative })))

// Loaded with the burial data, not for the first paint.
const BurialSitesForCamp = lazy(() => import('./BurialSitesForCamp').then((m) => ({ default: m.BurialSitesForCamp })))

type Props = {
  camp: Camp
  region: Region | undefined
  regions: Iterable<Region>
  sourcesById: ReadonlyMap<string, Source>
  /** The language the reader chose in the URL (kept in the camp's link), or null. */
  urlLang?: Lang | null
  metadata?: DatasetMetadata | null
  onClose: () => void
  /** Opens another camp of a link that holds several (`camp=a,b`). */
  onOpenCamp?: (id: string) => void
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  )
}

/** A text in the reader's language, or the English one marked "English only". */
function Prose({ value }: { value: LocalText }) {
  const t = useTranslate()
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      {value.englishOnly && <span className="detail__english-only">{` (${t('englishOnly')})`}</span>}
    </>
  )
}

/** What a figure or tier rests on, one tap away. */
function Basis({ value }: { value: LocalText | null }) {
  const t = useTranslate()
  if (value === null || value.text === '') return null
  return (
    <details className="detail__basis">
      <summary>{t('basisToggle')}</summary>
      <Prose value={value} />
    </details>
  )
}

function Figure({ value, basis }: { value: number | null; basis: LocalText | null }) {
  const lang = useLang()
  const t = useTranslate()
  return (
    <>
      <strong>{value === null ? t('figureUnknown') : formatNumber(value, lang)}</strong>
      <Basis value={basis} />
    </>
  )
}

/**
 * Everything known about one camp, facts first: when it held Japanese, its tier, detainees
 * and deaths (each with its basis one tap away), then how families search the ministry's
 * roster, then its names and the rest, notes and sources. Escape or Close shuts it.
 */
export function CampDetail({ camp, region, regions, sourcesById, urlLang = null, metadata = null, onClose, onOpenCamp }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // An overlay the map keeps the camps clear of.
  const overlayRef = useMapOverlayRef('camp-detail')
  useEffect(() => {
    if (mayTakeFocus()) headingRef.current?.focus()
  }, [camp.id])
  const [expanded, setExpanded] = useState(false)
  const tier = tierKeyOf(camp.tier)
  const name = localName(camp, lang)
  const notes = localText(camp.notes, camp.notesJa, lang)
  const labor = localList(camp.labor, camp.laborJa, lang)
  const bamRole = camp.bamRole === null ? null : localText(camp.bamRole, camp.bamRoleJa, lang)
  const link = campLink(currentHref(), camp.id, urlLang)
  const citation = formatCampCitation(
    {
      name,
      title: t('appTitle'),
      version: metadata?.version ?? 'unversioned',
      date: metadata?.date ?? 'undated',
      url: link,
      accessed: new Date(),
      lang,
      sources: camp.sources.flatMap((id) => {
        const source = sourcesById.get(id)
        return source ? [formatSourceIn(source, lang)] : []
      }),
    },
    t,
  )
  const basisOf = (basis: string | null, basisJa: string | null) => (basis === null ? null : localText(basis, basisJa, lang))
  return (
    <section
      className={`map-card detail${expanded ? ' detail--full' : ''}`}
      ref={overlayRef}
      data-testid="camp-detail"
      data-camp-id={camp.id}
      data-map-overlay=""
      aria-labelledby="detail-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      <SheetHandle expanded={expanded} expandLabel={t('sheetExpand')} collapseLabel={t('sheetCollapse')} onChange={setExpanded} />
      <header className="map-card__header">
        <p className="detail__number">{t('catalogueNumber', { number: camp.number })}</p>
        <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="detail__close" data-testid="close-detail" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <LinkedCamps onOpen={onOpenCamp} />
      <dl className="detail__facts" data-testid="camp-figures">
        <Fact term={t('heldJapanese')}>
          <span data-testid="camp-held">{heldText(camp.opened, camp.closed, lang, t)}</span>
        </Fact>
        <Fact term={t('tierHeading')}>
          <span className="detail__tier" data-tier={tier}>
            <TierGlyph tier={tier} /> {tierText(tier, t)}
          </span>
          <Basis value={localText(camp.tierBasis, camp.tierBasisJa, lang)} />
        </Fact>
        <Fact term={t('detained')}>
          <Figure value={camp.detained} basis={basisOf(camp.detainedBasis, camp.detainedBasisJa)} />
        </Fact>
        <Fact term={t('deaths')}>
          <Figure value={camp.deaths} basis={basisOf(camp.deathsBasis, camp.deathsBasisJa)} />
        </Fact>
      </dl>
      <section className="detail__families" data-testid="camp-families" aria-labelledby="detail-families-title">
        <h3 id="detail-families-title">{t('familiesTitle')}</h3>
        <p className="detail__notes">{`${t('familiesText')}${lang === 'ja' ? '' : ' '}${t('familiesHow')}`}</p>
        <p className="detail__notes">
          <MinistryListsLink testId="camp-mhlw-link" />
        </p>
        <Suspense fallback={null}>
          <FindingARelative testId="camp-families-steps" />
        </Suspense>
      </section>
      <Suspense fallback={null}>
        <BurialSitesForCamp campId={camp.id} sourcesById={sourcesById} />
      </Suspense>
      <h3>{t('detailAbout')}</h3>
      <dl className="detail__facts" data-testid="camp-names">
        <Fact term={t('nameEn')}>
          <span lang="en">{camp.name}</span>
        </Fact>
        <Fact term={t('nameJa')}>
          <span lang="ja">{camp.nameJa}</span>
        </Fact>
        <Fact term={t('nameRu')}>
          <span lang="ru">{camp.nameRu}</span>
        </Fact>
        <Fact term={t('modernName')}>
          <Prose value={localText(camp.modernName, camp.modernNameJa, lang)} />
        </Fact>
        <Fact term={t('country')}>{countryName(camp.country, lang)}</Fact>
        <Fact term={t('region1946')}>{regionText(region, camp.region, regions, lang, t)}</Fact>
        <Fact term={t('campNumbers')}>
          <span data-testid="camp-numbers">{campNumbersText(camp.campNumbers, lang, t)}</span>
        </Fact>
        {bamRole !== null && (
          <Fact term={t('bamRole')}>
            <Prose value={bamRole} />
          </Fact>
        )}
        <Fact term={t('labor')}>
          {labor.items.length > 0 ? (
            <Prose
              value={{
                text: labor.items.join(lang === 'ja' && labor.lang === 'ja' ? '、' : '; '),
                lang: labor.lang,
                englishOnly: labor.englishOnly,
              }}
            />
          ) : (
            t('laborUnknown')
          )}
        </Fact>
        <Fact term={t('location')}>{locationText(camp, t)}</Fact>
        <Fact term={t('coordinates')}>{coordinatesText(camp.lngLat)}</Fact>
        <Fact term={t('confidence')}>
          <span data-testid="camp-confidence">{confidenceExplained(camp, lang, t)}</span>
        </Fact>
      </dl>
      {notes.text !== '' && (
        <>
          <h3>{t('notes')}</h3>
          <p className="detail__notes" data-testid="camp-notes" lang={notes.lang}>
            {notes.text}
            {notes.englishOnly && <span className="detail__english-only" lang={lang}>{` (${t('englishOnly')})`}</span>}
          </p>
        </>
      )}
      <h3>{t('sources')}</h3>
      <SourceList ids={camp.sources} sourcesById={sourcesById} lang={lang} />
      <CopyField label={t('campLinkLabel')} value={link} testId="camp-link" buttonLabel={t('copyLink')} />
      <NativeShareButton title={name} url={link} testId="camp-native-share" />
      <CopyField label={t('citeCamp')} value={citation} testId="camp-citation" multiline />
    </section>
  )
}
