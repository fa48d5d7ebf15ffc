import { Fragment, useEffect, useState, type ReactNode } from 'react'
import type { CampIndex } from '../camp-index/camp-index'
import { tierKeys } from '../data/tier-key'
import { formatNumber } from '../i18n/i18n'
import { localName } from '../i18n/names'
import { tierMeaningKey } from '../i18n/tier-messages'
import { comparePlaces, type ComparedPlace } from './compare-places'
import type { CampFigure } from './place-summary'
import type { RegionFactsFile } from './region-facts'
import { useLang, useTranslate } from '../context/app-context'

type Props = {
  /** The two slugs of `compare=a,b`. */
  places: readonly string[]
  index: Pick<CampIndex, 'camps' | 'byId' | 'regionsBySlug' | 'regionsByArea' | 'areas'>
  onClose: () => void
}

function Figures({ figures, nameOf }: { figures: readonly CampFigure[]; nameOf: (id: string) => string }) {
  const lang = useLang()
  if (figures.length === 0) return <>–</>
  return (
    <ul>
      {figures.map((f) => (
        <li key={f.id}>{`${nameOf(f.id)}: ${formatNumber(f.value, lang)}`}</li>
      ))}
    </ul>
  )
}

/**
 * Two regions or areas side by side (`compare=a,b`, a link a historian can cite): their
 * camps by tier, each camp's sourced figures and the figures the sources give for the place,
 * as the sources give them, never added up.
 */
export function PlaceComparison({ places, index, onClose }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const [facts, setFacts] = useState<RegionFactsFile | null>(null)
  useEffect(function loadFacts() {
    let live = true
    void import('./bundled').then((m) => {
      if (live) setFacts(m.bundledRegionFacts())
    })
    return () => {
      live = false
    }
  }, [])
  const compared = comparePlaces(places, index, facts)
  if (compared === null) return null
  const nameOfPlace = (slug: string) => {
    const named = index.regionsBySlug.get(slug) ?? index.areas.find((a) => a.slug === slug)
    return named ? localName(named, lang) : slug
  }
  const nameOfCamp = (id: string) => {
    const camp = index.byId.get(id)
    return camp ? localName(camp, lang) : id
  }
  const [a, b] = compared.map((p) => ({ ...p, name: nameOfPlace(p.slug) }))
  if (a === undefined || b === undefined) return null
  // Each measure over its two cells, so that each place has half the panel's width.
  const row = (head: ReactNode, cell: (p: ComparedPlace) => ReactNode, key: string) => (
    <Fragment key={key}>
      <tr>
        <th scope="colgroup" colSpan={2} className="place-comparison__measure">
          {head}
        </th>
      </tr>
      <tr data-row={key}>
        <td>{cell(a)}</td>
        <td>{cell(b)}</td>
      </tr>
    </Fragment>
  )
  return (
    <section className="panel region-facts place-comparison" data-testid="place-comparison" aria-labelledby="place-comparison-title">
      <h2 id="place-comparison-title" className="panel__title">
        {t('compareTitle', { a: a.name, b: b.name })}
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col" data-place={a.slug}>
              {a.name}
            </th>
            <th scope="col" data-place={b.slug}>
              {b.name}
            </th>
          </tr>
        </thead>
        <tbody>
          {row(t('regionTableCamps'), (p) => formatNumber(p.summary.camps, lang), 'camps')}
          {tierKeys.map((tier) => row(t(tierMeaningKey[tier]), (p) => formatNumber(p.summary.byTier[tier], lang), `tier-${tier}`))}
          {row(
            t('placeDetainedPerCamp'),
            (p) => (
              <Figures figures={p.summary.detained} nameOf={nameOfCamp} />
            ),
            'detained',
          )}
          {row(
            t('placeDeathsPerCamp'),
            (p) => (
              <Figures figures={p.summary.deaths} nameOf={nameOfCamp} />
            ),
            'deaths',
          )}
          {row(
            t('compareFacts'),
            (p) =>
              p.facts.length === 0 ? (
                '–'
              ) : (
                <ul>
                  {p.facts.flatMap(({ entry }, i) =>
                    entry.facts.map((fact, j) => (
                      <li key={`${i}-${j}`} data-figure={fact.figure}>
                        {lang === 'ja' ? fact.ja : fact.en}
                      </li>
                    )),
                  )}
                </ul>
              ),
            'facts',
          )}
        </tbody>
      </table>
      <p className="region-facts__note">{t('placeNotSummed')}</p>
      <button type="button" data-testid="place-comparison-close" onClick={onClose}>
        {t('compareClose')}
      </button>
    </section>
  )
}
