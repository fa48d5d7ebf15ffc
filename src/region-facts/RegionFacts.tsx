import type { Source } from '../data/schema'
import type { Translate } from '../i18n/i18n'
import { safeHttpUrl } from '../url/safe-link'
import type { Lang } from '../i18n/lang'
import { useEffect, useState } from 'react'
import { factsFor } from './facts-for'
import type { RegionFactsFile } from './region-facts'
import './region-facts.css'

type Props = {
  region: string | null
  area: string | null
  localName: string
  sourcesById: ReadonlyMap<string, Source>
  lang: Lang
  t: Translate
}

function SourceRef({ id, sourcesById }: { id: string; sourcesById: ReadonlyMap<string, Source> }) {
  const source = sourcesById.get(id)
  if (!source) return <>{id}</>
  const href = safeHttpUrl(source.url)
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {source.author}
    </a>
  ) : (
    <cite>{source.author}</cite>
  )
}

/** The sourced figures for the region or area filtered; nothing where the sources give none. */
export function RegionFacts({ region, area, localName, sourcesById, lang, t }: Props) {
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
  if (file === null) return null
  const entries = factsFor(file, region, area)
  if (entries.length === 0) return null
  return (
    <section className="region-facts" data-testid="region-facts" aria-labelledby="region-facts-title">
      <h3 id="region-facts-title" className="region-facts__title">
        {t('regionFactsTitle', { place: localName })}
      </h3>
      {entries.map((entry, i) => (
        <div key={i} className="region-facts__entry" data-scope={entry.scope}>
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
  )
}
