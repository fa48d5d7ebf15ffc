import { useEffect, useRef, type ReactNode } from 'react'
import type { BurialSite } from '../data/burial-schema'
import type { Camp, Region, Source } from '../data/schema'
import { buriedWhat, burialMessages, siteName } from '../i18n/burial-messages'
import { BurialGlyph } from '../ui/BurialGlyph'
import { formatNumber } from '../i18n/i18n'
import { localName } from '../i18n/names'
import { useLang } from '../context/app-context'
import { SourceList } from '../ui/SourceList'
import { mayTakeFocus } from '../ui/focus-policy'
import { useMapOverlayRef } from '../ui/map-overlays'
import { coordinatesText } from './camp-facts'
import './detail.css'
import './burial-site.css'

type Props = {
  site: BurialSite
  /** Other sites placed at the same point (a town with several cemeteries). */
  samePlace: readonly BurialSite[]
  camp: Camp | undefined
  /** The site's region in the data's table of regions (its Japanese name), when the site names one. */
  region: Region | undefined
  sourcesById: ReadonlyMap<string, Source>
  onOpenCamp: (camp: Camp) => void
  onOpenSite: (site: BurialSite) => void
  onClose: () => void
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  )
}

/** One burial site or memorial: its names, kind, number and what it is, its camp, sources with their quotes, confidence. */
export function BurialSiteCard({ site, samePlace, camp, region, sourcesById, onOpenCamp, onOpenSite, onClose }: Props) {
  const lang = useLang()
  const m = burialMessages(lang)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const overlayRef = useMapOverlayRef('site-card')
  useEffect(() => {
    if (mayTakeFocus()) headingRef.current?.focus()
  }, [site.id])
  const source = site.sources[0] === undefined ? undefined : sourcesById.get(site.sources[0])
  return (
    <section
      className="map-card detail burial-card"
      ref={overlayRef}
      data-testid="burial-card"
      data-site-id={site.id}
      data-map-overlay=""
      aria-labelledby="burial-card-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      <header className="map-card__header">
        <p className="detail__number">
          <span className="burial-card__symbol">
            <BurialGlyph />
          </span>{' '}
          {m.kind[site.kind]}
        </p>
        <h2 id="burial-card-title" ref={headingRef} tabIndex={-1}>
          {siteName(site, lang)}
        </h2>
        <button type="button" className="detail__close" data-testid="close-burial-card" onClick={onClose} aria-label={m.close}>
          ×
        </button>
      </header>
      <dl className="detail__facts">
        <Fact term={m.nameEn}>
          <span lang="en">{site.name}</span>
        </Fact>
        <Fact term={m.nameJa}>
          <span lang="ja">{site.nameJa}</span>
        </Fact>
        <Fact term={m.nameRu}>{site.nameRu === null ? m.nameRuNone : <span lang="ru">{site.nameRu}</span>}</Fact>
        <Fact term={m.buried}>
          <strong data-testid="burial-buried">{site.buried === null ? m.buriedUnknown : formatNumber(site.buried, lang)}</strong>
        </Fact>
        <Fact term={m.whatNumber}>
          <span lang={lang} data-testid="burial-what">
            {buriedWhat(site, lang)}
          </span>
        </Fact>
        <Fact term={m.camp}>
          {camp === undefined ? (
            m.campNone
          ) : (
            <button type="button" className="link-button burial-card__camp" data-testid="burial-camp-link" onClick={() => onOpenCamp(camp)}>
              {localName(camp, lang)}
            </button>
          )}
        </Fact>
        {site.campNumber !== null && (
          <Fact term={m.campNumber}>
            <span lang="en">{site.campNumber}</span>
          </Fact>
        )}
        <Fact term={m.region}>
          {/* The source's wording in English; in Japanese the region's Japanese name where the table has it. */}
          {lang === 'ja' && region?.nameJa ? (
            <span data-testid="burial-region">{region.nameJa}</span>
          ) : (
            <span data-testid="burial-region" lang="en">
              {site.region1946}
            </span>
          )}
        </Fact>
        <Fact term={m.exactSpot}>
          {site.lngLat === null || site.uncertaintyKm === null ? (
            m.noPosition
          ) : (
            <>
              {coordinatesText(site.lngLat)}. {m.approximate(String(site.uncertaintyKm))}
            </>
          )}
        </Fact>
        {site.note !== null && site.noteJa !== null && <Fact term={m.note}>{lang === 'ja' ? site.noteJa : site.note}</Fact>}
        <Fact term={m.confidence}>
          <span data-testid="burial-confidence">{m.confidenceLevel[site.confidence]}</span>
        </Fact>
      </dl>
      <h3>{m.sources}</h3>
      <SourceList ids={site.sources} sourcesById={sourcesById} />
      <p className="burial-card__quote-label">{m.quote}</p>
      <blockquote className="burial-card__quote" lang={source?.language} data-testid="burial-quote">
        {site.quote}
      </blockquote>
      {samePlace.length > 0 && (
        <>
          <h3>{m.samePlace}</h3>
          <ul className="burial-card__same">
            {samePlace.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => onOpenSite(other)}>
                  {siteName(other, lang)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
