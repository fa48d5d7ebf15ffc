import { memo, useState } from 'react'
import type { Camp, Region } from '../data/schema'
import { tierKeys } from '../data/tier-key'
import { formatNumber } from '../i18n/i18n'
import { localName } from '../i18n/names'
import { tierMeaningKey } from '../i18n/tier-messages'
import { TierGlyph } from '../symbols/TierGlyph'
import { regionRows } from './place-summary'
import { useLang, useTranslate } from '../context/app-context'

type Props = {
  camps: readonly Camp[]
  regions: readonly Region[]
  onChoose: (region: string) => void
  /** The places of `compare=a,b` (empty: none). */
  compare?: readonly string[]
  /** Ticking a second region puts the two side by side (`compare=a,b`); unticking one ends it. */
  onCompare?: (places: readonly string[]) => void
}

/**
 * Every 1946 region side by side, folded: its camps by tier and how many have a sourced
 * death figure, so two regions are compared at a glance; a region's name filters the map to it.
 */
export const RegionTable = memo(function RegionTable({ camps, regions, onChoose, compare = [], onCompare }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const rows = regionRows(camps, regions)
  // The first region ticked waits here until a second one makes a comparison the URL keeps.
  const [pending, setPending] = useState<readonly string[]>([])
  const ticked = compare.length === 2 ? compare : pending
  // Open with a comparison, and kept open when it ends (the reader may tick two others).
  const [opened, setOpened] = useState(compare.length > 0)
  const tick = (slug: string, on: boolean) => {
    const next = on ? [...ticked.filter((s) => s !== slug), slug].slice(-2) : ticked.filter((s) => s !== slug)
    setPending(next.length === 2 ? [] : next)
    if (next.length === 2 || compare.length === 2) onCompare?.(next)
  }
  const nameOf = new Map(regions.map((r) => [r.slug, localName(r, lang)]))
  return (
    <details
      className="panel region-table"
      data-testid="region-table"
      open={opened || compare.length > 0}
      onToggle={(e) => setOpened(e.currentTarget.open)}
    >
      <summary className="panel__title">{t('regionTableTitle')}</summary>
      <p className="panel__intro">{t('regionTableIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('regionFilter')}</th>
            <th scope="col">{t('regionTableCamps')}</th>
            {tierKeys.map((tier) => (
              <th key={tier} scope="col" title={t(tierMeaningKey[tier])}>
                <TierGlyph tier={tier} scale={0.7} />
                <span className="visually-hidden">{t(tierMeaningKey[tier])}</span>
              </th>
            ))}
            <th scope="col">{t('regionTableDeaths')}</th>
            {onCompare && <th scope="col">{t('regionTableCompare')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} data-region={row.slug}>
              <th scope="row">
                <button type="button" className="region-table__place" onClick={() => onChoose(row.slug)}>
                  {nameOf.get(row.slug) ?? row.slug}
                </button>
              </th>
              <td>{formatNumber(row.camps, lang)}</td>
              {tierKeys.map((tier) => (
                <td key={tier}>{row.byTier[tier] === 0 ? '–' : formatNumber(row.byTier[tier], lang)}</td>
              ))}
              <td>{formatNumber(row.withDeaths, lang)}</td>
              {onCompare && (
                <td>
                  <input
                    type="checkbox"
                    data-testid="region-compare"
                    checked={ticked.includes(row.slug)}
                    aria-label={t('regionTableCompareOne', { place: nameOf.get(row.slug) ?? row.slug })}
                    onChange={(e) => tick(row.slug, e.target.checked)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
})
