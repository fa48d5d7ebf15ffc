import { useEffect, useRef } from 'react'
import type { Source } from '../data/schema'
import { sourceNameIn } from '../data/source-text'
import { SourceList } from '../ui/SourceList'
import { formatNumber } from '../i18n/i18n'
import type { MessageKey } from '../i18n/en'
import { tierNameKey } from '../i18n/tier-messages'
import { TierGlyph } from '../symbols/TierGlyph'
import { useLang, useTranslate } from '../context/app-context'
import { mayTakeFocus } from '../ui/focus-policy'
import { bundledHistory, type History } from './history-data'
import { RepatriationChart } from './RepatriationChart'
import { inLang } from './history-text'
import { MinistryListsLink } from '../ui/MinistryListsLink'
import { FindingARelative } from '../ui/FindingARelative'
import './history.css'

type Props = { sourcesById: ReadonlyMap<string, Source>; onClose: () => void; history?: History }

const topics = [
  ['detained', 'historyDetained'],
  ['returned', 'historyReturned'],
  ['died', 'historyDied'],
] as const satisfies readonly (readonly [string, MessageKey])[]

const tierRows = [
  ['1', 'legendTier1'],
  ['2', 'legendTier2'],
  ['3', 'legendTier3'],
  ['4', 'legendTier4'],
  ['unknown', 'legendTierUnknown'],
] as const satisfies readonly (readonly [keyof typeof tierNameKey, MessageKey])[]

/** The story in short, the repatriation chart and table, the overall figures, the tiers, and for families the ministry lists. */
export function HistoryPanel({ sourcesById, onClose, history = bundledHistory() }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (mayTakeFocus()) headingRef.current?.focus()
  }, [])
  const storySources = [...new Set(history.story.flatMap((p) => p.sources))]
  return (
    <section
      className="map-card history"
      data-testid="history"
      aria-labelledby="history-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      <header className="map-card__header">
        <h2 id="history-title" ref={headingRef} tabIndex={-1}>
          {t('historyTitle')}
        </h2>
        <button type="button" className="detail__close" data-testid="history-close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>

      <h3>{t('historyStory')}</h3>
      {history.story.map((p, i) => (
        <p key={i}>{inLang(p, lang)}</p>
      ))}
      <details>
        <summary>{t('sources')}</summary>
        <SourceList ids={storySources} sourcesById={sourcesById} lang={lang} />
      </details>

      <h3 id="history-repatriation">{t('historyRepatriation')}</h3>
      <RepatriationChart rows={history.repatriation.rows} />
      <table className="history__table" data-testid="history-table">
        <caption>{t('historyTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyYear')}</th>
            <th scope="col">{t('historyReleased')}</th>
            <th scope="col">{t('historyNote')}</th>
          </tr>
        </thead>
        <tbody>
          {history.repatriation.rows.map((row) => (
            <tr key={row.year} data-year={row.year}>
              <th scope="row">{row.year}</th>
              <td className="history__num">{row.released === null ? t('historyNoFigure') : formatNumber(row.released, lang)}</td>
              <td>{(lang === 'ja' ? row.noteJa : row.noteEn) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="history__note">{lang === 'ja' ? history.repatriation.notesJa : history.repatriation.notesEn}</p>
      <SourceList ids={history.repatriation.sources} sourcesById={sourcesById} lang={lang} />

      <h3>{t('historyFigures')}</h3>
      {topics.map(([topic, key]) => (
        <div key={topic} className="history__figures" data-topic={topic}>
          <h4>{t(key)}</h4>
          <ul>
            {history.figures
              .filter((f) => f.topic === topic)
              .map((f, i) => (
                <li key={i}>
                  {inLang(f, lang)}{' '}
                  <span className="history__cite">
                    (
                    {f.sources
                      .map((id) => {
                        const s = sourcesById.get(id)
                        return s ? sourceNameIn(s, lang) : id
                      })
                      .join(lang === 'ja' ? '；' : '; ')}
                    )
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <p className="history__note">{lang === 'ja' ? history.disagreementJa : history.disagreementEn}</p>

      <h3>{t('historyTiers')}</h3>
      <p>{t('historyTiersIntro')}</p>
      <ul className="history__tiers">
        {tierRows.map(([tier, key]) => (
          <li key={tier}>
            <TierGlyph tier={tier} /> {t(tierNameKey[tier])} — {t(key)}
          </li>
        ))}
      </ul>
      <p className="history__note">{t('legendNoteMore')}</p>

      <h3>{t('historyFamilies')}</h3>
      <p>{inLang(history.families, lang)}</p>
      <FindingARelative testId="history-families-steps" />
      <p>
        <MinistryListsLink href={history.families.url} testId="history-mhlw-link" />
      </p>
      <SourceList ids={history.families.sources} sourcesById={sourcesById} lang={lang} />
    </section>
  )
}
