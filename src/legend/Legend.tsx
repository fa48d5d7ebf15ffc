import { useId, useState, memo } from 'react'
import { tierKeys, type TierKey } from '../data/tier-key'
import type { Translate } from '../i18n/i18n'
import { tierMeaningKey } from '../i18n/tier-messages'
import { TierGlyph } from '../symbols/TierGlyph'
import type { Source } from '../data/schema'
import { formatSourceIn } from '../data/source-text'
import type { Lang } from '../i18n/lang'
import './legend-compact.css'
import { LegendLines } from './LegendLines'
import { BurialLayerToggle } from './BurialLayerToggle'

/** The two Ministry of Health and Welfare publications whose map legend the tiers follow. */
const LEGEND_SOURCE_IDS = ['mhlw-hikiage-to-engo-1977', 'engo-gojunenshi-1997'] as const

/**
 * Where space is short (a phone, a small laptop, a phone held sideways) the legend starts
 * folded to a compact key (symbols and counts) so that it covers as little map as possible.
 */
const SMALL_SCREEN = '(max-width: 1100px), (max-height: 760px)'

/** The ministry legend's symbols, their meaning and how many of each are shown. */
export const Legend = memo(function Legend({
  counts,
  sourcesById,
  t,
  lang = 'en',
  openFromPx,
}: {
  counts: Record<TierKey, number>
  sourcesById: ReadonlyMap<string, Source>
  t: Translate
  lang?: Lang
  /** Start open from this width (an embed's frame); default: not on a phone. */ openFromPx?: number
}) {
  const legendSources = LEGEND_SOURCE_IDS.flatMap((id) => {
    const s = sourcesById.get(id)
    return s ? [formatSourceIn(s, lang)] : []
  })
  const [open, setOpen] = useState(
    () => !window.matchMedia(openFromPx === undefined ? SMALL_SCREEN : `(max-width: ${openFromPx - 0.02}px)`).matches,
  )
  const bodyId = useId()
  return (
    <section className={`legend${open ? '' : ' legend--compact'}`} data-testid="legend" aria-label={t('legendTitle')}>
      <h2 className="legend__title">
        <button type="button" className="legend__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {t('legendTitle')}
        </button>
      </h2>
      {!open && (
        <ul className="legend__compact">
          {tierKeys.map((tier) => (
            <li key={tier} className="legend__compact-item">
              <TierGlyph tier={tier} scale={0.8} />
              <span className="visually-hidden">{t(tierMeaningKey[tier])}</span>
              <span className="legend__count">{counts[tier]}</span>
            </li>
          ))}
        </ul>
      )}
      <div id={bodyId} className="legend__body" hidden={!open}>
        <ul className="legend__rows">
          {tierKeys.map((tier) => (
            <li key={tier} className="legend__row" data-tier={tier} data-count={counts[tier]}>
              <span className="legend__symbol">
                <TierGlyph tier={tier} />
              </span>
              <span className="legend__meaning">{t(tierMeaningKey[tier])}</span>
              <span className="legend__count">{counts[tier]}</span>
            </li>
          ))}
          <li className="legend__row legend__row--extra">
            <span className="legend__symbol legend__halo" aria-hidden="true" />
            <span className="legend__meaning">{t('legendApproximate')}</span>
          </li>
          <LegendLines t={t} />
        </ul>
        <details className="legend__note">
          <summary>{t('legendNote')}</summary>
          <p>{t('legendNoteMore')}</p>
          {legendSources.length > 0 && <p>{t('legendSources', { sources: legendSources.join(lang === 'ja' ? '；' : '; ') })}</p>}
        </details>
      </div>
      <BurialLayerToggle />
    </section>
  )
})
