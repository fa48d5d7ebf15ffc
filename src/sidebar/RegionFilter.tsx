import { memo, useMemo } from 'react'
import { localName } from '../i18n/names'
import type { Area } from '../data/dataset'
import type { AreaSlug, Region } from '../data/schema'
import { useLang, useTranslate } from '../context/app-context'

type Props = {
  areas: readonly Area[]
  regionsByArea: ReadonlyMap<AreaSlug, readonly Region[]>
  region: string | null
  area: AreaSlug | null
  onChange: (choice: { region: string | null; area: AreaSlug | null }) => void
}

/**
 * A native select: a larger area, or one 1946 unit inside it (an optgroup per area). Memoised
 * (give it a stable `onChange`): a keystroke in the search does not render it, and a choice
 * renders only its value, not its options.
 */
export const RegionFilter = memo(function RegionFilter({ areas, regionsByArea, region, area, onChange }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const value = region !== null ? `region:${region}` : area !== null ? `area:${area}` : ''
  function handleChange(next: string) {
    const [kind, slug = ''] = next.split(':')
    if (kind === 'region') onChange({ region: slug, area: null })
    else if (kind === 'area') onChange({ region: null, area: areas.find((a) => a.slug === slug)?.slug ?? null })
    else onChange({ region: null, area: null })
  }
  const options = useMemo(
    () =>
      areas.map((a) => (
        <optgroup key={a.slug} label={localName(a, lang)}>
          <option value={`area:${a.slug}`}>{t('wholeArea', { area: localName(a, lang) })}</option>
          {(regionsByArea.get(a.slug) ?? []).map((r) => (
            <option key={r.slug} value={`region:${r.slug}`}>
              {localName(r, lang)}
            </option>
          ))}
        </optgroup>
      )),
    [areas, regionsByArea, lang, t],
  )
  return (
    <label className="field">
      <span className="field__label">{t('regionFilter')}</span>
      <select data-testid="region-filter" value={value} onChange={(e) => handleChange(e.target.value)}>
        <option value="">{t('allRegions')}</option>
        {options}
      </select>
    </label>
  )
})
