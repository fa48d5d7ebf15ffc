import { useEffect, useId, useState, memo, type ReactNode } from 'react'
import { tierKeys, type TierKey } from '../data/tier-key'
import { useLang, useTranslate } from '../context/app-context'
import { tierMeaningKey } from '../i18n/tier-messages'
import { TierGlyph } from '../symbols/TierGlyph'
import { GroupGlyph } from '../symbols/GroupGlyph'
import type { Source } from '../data/schema'
import { formatSourceIn } from '../data/source-text'
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

/** The legend's example group marker: three camps, of tier 3 and of tier not established. */
const GROUP_EXAMPLE_TIERS: readonly TierKey[] = ['3', 'unknown']

/** A frame at most this high (an embed of 480 px) starts with the legend folded, so that it covers no camp. */
const SHORT_FRAME_PX = 500

/** The ministry legend's symbols, their meaning and how many of each are shown. */
export const Legend = memo(function Legend({
  counts,
  sourcesById,
  openFromPx,
  campOpen = false,
  children,
}: {
  counts: Record<TierKey, number>
  sourcesById: ReadonlyMap<string, Source>
  /** Start open from this width (an embed's frame); default: not on a phone. */ openFromPx?: number
  /** A camp's detail is open: the legend folds, so that the camp's neighbours stay in view. */
  campOpen?: boolean
  /** Settings shown at the foot of the open legend (the online tiles switch). */
  children?: ReactNode
}) {
  const lang = useLang()
  const t = useTranslate()
  const legendSources = LEGEND_SOURCE_IDS.flatMap((id) => {
    const s = sourcesById.get(id)
    return s ? [formatSourceIn(s, lang)] : []
  })
  const [open, setOpen] = useState(
    () =>
      !window.matchMedia(
        openFromPx === undefined ? SMALL_SCREEN : `(max-width: ${String(openFromPx - 0.02)}px), (max-height: ${String(SHORT_FRAME_PX)}px)`,
      ).matches,
  )
  const bodyId = useId()
  useEffect(() => {
    if (campOpen) setOpen(false)
  }, [campOpen])
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
        </ul>
        <details className="legend__more" data-testid="legend-more">
          <summary>{t('legendMore')}</summary>
          <ul className="legend__rows">
            <li className="legend__row legend__row--extra" data-legend-row="group">
              <span className="legend__symbol">
                <GroupGlyph tiers={GROUP_EXAMPLE_TIERS} count={3} />
              </span>
              <span className="legend__meaning">{t('legendGroup')}</span>
            </li>
            <li className="legend__row legend__row--extra" data-legend-row="number">
              <span className="legend__symbol legend__number" aria-hidden="true">
                #36
              </span>
              <span className="legend__meaning">{t('legendNumber')}</span>
            </li>
            <li className="legend__row legend__row--extra" data-legend-row="displaced">
              <span className="legend__symbol" aria-hidden="true">
                <svg width="28" height="20" viewBox="0 0 28 20" focusable="false">
                  <line x1="20" y1="6" x2="5" y2="15" stroke="#3b352d" strokeWidth="1" />
                  <circle cx="5" cy="15" r="2" fill="#3b352d" />
                  <circle cx="20" cy="6" r="5" fill="#111" />
                </svg>
              </span>
              <span className="legend__meaning">{t('legendDisplaced')}</span>
            </li>
            <li className="legend__row legend__row--extra">
              <span className="legend__symbol legend__halo" aria-hidden="true" />
              <span className="legend__meaning">{t('legendApproximate')}</span>
            </li>
            <LegendLines />
          </ul>
        </details>
        {children}
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
