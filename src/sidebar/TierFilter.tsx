import { memo } from 'react'
import { tierKeys, type TierKey } from '../data/tier-key'
import { tierMeaningKey } from '../i18n/tier-messages'
import { TierGlyph } from '../symbols/TierGlyph'
import { useTranslate } from '../context/app-context'

/** Checkboxes, one per tier. The last ticked one cannot be unticked: a map of nothing helps no one. Memoised: give it a stable `onChange`. */
export const TierFilter = memo(function TierFilter({
  tiers,
  onChange,
}: {
  tiers: readonly TierKey[] | null
  onChange: (tiers: TierKey[] | null) => void
}) {
  const t = useTranslate()
  const chosen = new Set(tiers ?? tierKeys)
  function toggle(tier: TierKey, on: boolean) {
    const next = tierKeys.filter((k) => (k === tier ? on : chosen.has(k)))
    if (next.length === 0) return
    onChange(next.length === tierKeys.length ? null : next)
  }
  return (
    <fieldset className="tier-filter" data-testid="tier-filter">
      <legend className="field__label">{t('tierFilter')}</legend>
      {tierKeys.map((tier) => (
        <label key={tier} className="tier-filter__option">
          <input
            type="checkbox"
            value={tier}
            checked={chosen.has(tier)}
            disabled={chosen.size === 1 && chosen.has(tier)}
            onChange={(e) => toggle(tier, e.target.checked)}
          />
          <TierGlyph tier={tier} scale={0.8} />
          <span>{t(tierMeaningKey[tier])}</span>
        </label>
      ))}
    </fieldset>
  )
})
