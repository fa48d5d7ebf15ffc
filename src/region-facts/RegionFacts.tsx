import type { Camp, Region, Source } from '../data/schema'
import { sourceNameIn } from '../data/source-text'
import { safeHttpUrl } from '../url/safe-link'
import { useEffect, useState } from 'react'
import { factsOfPlace, summarisePlace, type CampFigure } from './place-summary'
import { formatNumber } from '../i18n/i18n'
import { localName } from '../i18n/names'
import { tierKeys } from '../data/tier-key'
import { tierMeaningKey } from '../i18n/tier-messages'
import type { RegionFactsFile } from './region-facts'
import { useLang, useTranslate } from '../context/app-context'
import './region-facts.css'

type Props = {
  region: string | null
  area: string | null
  placeName: string
  /** The camps of the region or area, whatever the other filters. */
  camps: readonly Camp[]
  /** The regions of the area chosen (their facts are listed with the area's). */
  regionsOfArea: readonly Region[]
  /** A region's or area's name in the reader's language. */
  nameOfPlace: (slug: string) => string
  sourcesById: ReadonlyMap<string, Source>
}

function SourceRef({ id, sourcesById }: { id: string; sourcesById: ReadonlyMap<string, Source> }) {
  const lang = useLang()
  const source = sourcesById.get(id)
  if (!source) return <>{id}</>
  const href = safeHttpUrl(source.url)
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {sourceNameIn(source, lang)}
    </a>
  ) : (
    <cite>{sourceNameIn(source, lang)}</cite>
  )
}

function CampFigures({ title, figures, byId }: { title: string; figures: readonly CampFigure[]; byId: ReadonlyMap<string, Camp> }) {
  const lang = useLang()
  if (figures.length === 0) return null
  return (
    <>
      <p className="region-facts__scope">{title}</p>
      <ul>
        {figures.map((f) => {
          const camp = byId.get(f.id)
          return <li key={f.id}>{`${camp ? localName(camp, lang) : f.id}: ${formatNumber(f.value, lang)}`}</li>
        })}
      </ul>
    </>
  )
}

/**
 * The region or area filtered, summarised: its camps by tier, each camp's sourced detainee
 * and death figures (listed, never added up), and the figures the sources give for the
 * place itself (for an area, those of each of its regions too).
 */
export function RegionFacts({ region, area, placeName, camps, regionsOfArea, nameOfPlace, sourcesById }: Props) {
  const lang = useLang()
  const t = useTranslate()
  // The facts load with the first filter that needs them: the first view does not.
  const [file, setFile] = useState<RegionFactsFile | null>(null)
  const wanted = region !== null || area !== null
  useEffect(
    function loadFacts() {
      if (!wanted || file !== null) return
      let live = true
      void import('./bundled').then((m) => {
        if (live) setFile(m.bundledRegionFacts())
      })
      return () => {
        live = false
      }
    },
    [wanted, file],
  )
  if (!wanted) return null
  const summary = summarisePlace(camps)
  const byId = new Map(camps.map((c) => [c.id, c]))
  const place = region ?? area
  const entries = file === null ? [] : factsOfPlace(file, region, area, regionsOfArea)
  return (
    <>
      <section className="region-facts" data-testid="place-summary" aria-labelledby="place-summary-title">
        <h3 id="place-summary-title" className="region-facts__title">
          {t('placeSummaryTitle', { place: placeName, count: summary.camps })}
        </h3>
        <ul data-testid="place-tiers">
          {tierKeys.map((tier) => (
            <li key={tier} data-tier={tier} data-count={summary.byTier[tier]}>
              {`${t(tierMeaningKey[tier])}: ${formatNumber(summary.byTier[tier], lang)}`}
            </li>
          ))}
        </ul>
        <CampFigures title={t('placeDetainedPerCamp')} figures={summary.detained} byId={byId} />
        <CampFigures title={t('placeDeathsPerCamp')} figures={summary.deaths} byId={byId} />
        <p className="region-facts__note">{t('placeNotSummed')}</p>
      </section>
      {entries.length > 0 && (
        <section className="region-facts" data-testid="region-facts" aria-labelledby="region-facts-title">
          <h3 id="region-facts-title" className="region-facts__title">
            {t('regionFactsTitle', { place: placeName })}
          </h3>
          {entries.map(({ place: found, entry }, i) => (
            <div key={i} className="region-facts__entry" data-scope={entry.scope}>
              {found !== place && <p className="region-facts__scope">{nameOfPlace(found)}</p>}
              {entry.scope === 'republic' && <p className="region-facts__scope">{t('regionFactsRepublic')}</p>}
              <ul>
                {entry.facts.map((fact, j) => (
                  <li key={j} data-figure={fact.figure}>
                    {lang === 'ja' ? fact.ja : fact.en}{' '}
                    <span className="region-facts__src">
                      (
                      {fact.sources.map((id, k) => (
                        <span key={id}>
                          {k > 0 && '; '}
                          <SourceRef id={id} sourcesById={sourcesById} />
                        </span>
                      ))}
                      )
                    </span>
                  </li>
                ))}
              </ul>
              {entry.disagreements.length > 0 && (
                <div className="region-facts__disagree">
                  <p className="region-facts__scope">{t('regionFactsDisagree')}</p>
                  <ul>
                    {entry.disagreements.map((d, j) => (
                      <li key={j}>{lang === 'ja' ? d.ja : d.en}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          ))}
        </section>
      )}
    </>
  )
}
