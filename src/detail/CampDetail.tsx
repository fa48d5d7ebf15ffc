import { localName } from '../i18n/names'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Camp, Region, Source } from '../data/schema'
import type { DatasetMetadata } from '../data/validate'
import { formatCampCitation } from '../export/citation'
import { tierKeyOf } from '../data/tier-key'
import { MinistryListsLink } from '../ui/MinistryListsLink'
import { formatNumber, type Translate } from '../i18n/i18n'
import { CopyField } from '../ui/CopyField'
import './detail.css'
import type { Lang } from '../i18n/lang'
import { TierGlyph } from '../symbols/TierGlyph'
import { coordinatesText, countryName, locationText, regionText } from './camp-facts'
import { campLink } from './camp-link'
import { currentHref } from '../state/url-store'
import { campNumbersText, confidenceExplained, heldText, localList, localText, tierText, type LocalText } from '../i18n/camp-text'
import { SourceList } from '../ui/SourceList'
import { mayTakeFocus } from '../ui/focus-policy'
import { SheetHandle } from './SheetHandle'
import './sheet.css'

type Props = {
  camp: Camp
  region: Region | undefined
  regions: Iterable<Region>
  sourcesById: ReadonlyMap<string, Source>
  lang: Lang
  /** The language the reader chose in the URL (kept in the camp's link), or null. */
  urlLang?: Lang | null
  metadata?: DatasetMetadata | null
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

/** A text in the reader's language, or the English one marked "English only". */
function Prose({ value, t }: { value: LocalText; t: Translate }) {
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      {value.englishOnly && <span className="detail__english-only">{` (${t('englishOnly')})`}</span>}
    </>
  )
}

function Figure({ value, basis, lang, t }: { value: number | null; basis: LocalText | null; lang: Lang; t: Translate }) {
  return (
    <>
      <strong>{value === null ? t('figureUnknown') : formatNumber(value, lang)}</strong>
      {basis !== null && basis.text !== '' && (
        <span className="detail__basis">
          {' — '}
          <Prose value={basis} t={t} />
        </span>
      )}
    </>
  )
}

/** Everything known about one camp, in words, with its sources. Escape or Close shuts it. */
export function CampDetail({
  camp,
  region,
  regions,
  sourcesById,
  lang,
  urlLang = null,
  metadata = null,
  t,
  onClose,
  figuresFirst = false,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null)
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
    },
    t,
  )
  const tierFact = (
    <Fact term={t('tierHeading')}>
      <span className="detail__tier" data-tier={tier}>
        <TierGlyph tier={tier} /> {tierText(tier, t)}
      </span>
    </Fact>
  )
  const basisFact = (
    <Fact term={t('tierBasis')}>
      <Prose value={localText(camp.tierBasis, camp.tierBasisJa, lang)} t={t} />
    </Fact>
  )
  const countFacts = (
    <>
      <Fact term={t('detained')}>
        <Figure
          value={camp.detained}
          basis={camp.detainedBasis === null ? null : localText(camp.detainedBasis, camp.detainedBasisJa, lang)}
          lang={lang}
          t={t}
        />
      </Fact>
      <Fact term={t('deaths')}>
        <Figure
          value={camp.deaths}
          basis={camp.deathsBasis === null ? null : localText(camp.deathsBasis, camp.deathsBasisJa, lang)}
          lang={lang}
          t={t}
        />
      </Fact>
    </>
  )
  return (
    <section
      className={`map-card detail${expanded ? ' detail--full' : ''}`}
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
      <dl className="detail__facts">
        {figuresFirst && (
          <>
            {tierFact}
            {countFacts}
            {basisFact}
          </>
        )}
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
          <Prose value={localText(camp.modernName, camp.modernNameJa, lang)} t={t} />
        </Fact>
        <Fact term={t('country')}>{countryName(camp.country, lang)}</Fact>
        <Fact term={t('region1946')}>{regionText(region, camp.region, regions, lang, t)}</Fact>
        <Fact term={t('heldJapanese')}>
          <span data-testid="camp-held">{heldText(camp.opened, camp.closed, lang, t)}</span>
        </Fact>
        {!figuresFirst && (
          <>
            {tierFact}
            {basisFact}
            {countFacts}
          </>
        )}
        <Fact term={t('campNumbers')}>
          <span data-testid="camp-numbers">{campNumbersText(camp.campNumbers, lang, t)}</span>
        </Fact>
        {bamRole !== null && (
          <Fact term={t('bamRole')}>
            <Prose value={bamRole} t={t} />
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
              t={t}
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
      <SourceList ids={camp.sources} sourcesById={sourcesById} />
      <h3>{t('familiesTitle')}</h3>
      <p className="detail__notes">{t('familiesText')}</p>
      <p className="detail__notes">
        <MinistryListsLink t={t} testId="camp-mhlw-link" />
      </p>
      <CopyField label={t('campLinkLabel')} value={link} testId="camp-link" buttonLabel={t('copyLink')} t={t} />
      <CopyField label={t('citeCamp')} value={citation} testId="camp-citation" multiline t={t} />
    </section>
  )
}
