import { useDeferredValue } from 'react'
import type { CampIndex } from '../camp-index/camp-index'
import type { DatasetMetadata } from '../data/validate'
import type { Translate } from '../i18n/i18n'
import type { Filters } from '../state/selectors'
import type { CampView } from '../view/derive-view'
import type { Lang } from '../i18n/lang'
import { BamList } from './BamList'
import { CampList } from './CampList'
import { DataTools } from './DataTools'
import { RegionFilter } from './RegionFilter'
import { localName } from '../i18n/names'
import { RegionFacts } from '../region-facts/RegionFacts'
import { SearchBox } from './SearchBox'
import { TierFilter } from './TierFilter'

type Props = {
  index: CampIndex
  view: CampView
  selectedId: string | null
  metadata: DatasetMetadata | null
  lang: Lang
  t: Translate
  onFilter: (patch: Partial<Filters>, options?: { replace?: boolean }) => void
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

function chosenPlaceName(index: CampIndex, state: Filters, lang: Lang): string {
  const region = state.region === null ? undefined : index.regionsBySlug.get(state.region)
  if (region) return localName(region, lang)
  const area = index.areas.find((a) => a.slug === state.area)
  return area ? localName(area, lang) : ''
}

/** Filters, the BAM list, the list of every camp shown, downloads and citation. */
export function Sidebar({ index, view, selectedId, metadata, lang, t, onFilter, onSelect, onHover }: Props) {
  const { visible, filtered, filters: state } = view
  // The region's facts, the lists and downloads follow a filter in a deferred render: the
  // count, the controls and the map answer in the frame after the click, the long texts just
  // after it, without holding that frame back (React renders them when the browser is free).
  const listed = useDeferredValue(view)
  return (
    <aside id="sidebar" className="sidebar" aria-label={t('filters')}>
      <section className="panel filters" aria-labelledby="filters-title">
        <h2 id="filters-title" className="panel__title">
          {t('filters')}
        </h2>
        <RegionFilter
          areas={index.areas}
          regionsByArea={index.regionsByArea}
          region={state.region}
          area={state.area}
          lang={lang}
          t={t}
          onChange={(choice) => onFilter(choice)}
        />
        <TierFilter tiers={state.tiers} t={t} onChange={(tiers) => onFilter({ tiers })} />
        <SearchBox query={state.q} t={t} onChange={(q) => onFilter({ q }, { replace: state.q !== '' })} />
        <p className="filters__count" role="status" data-testid="shown-count">
          {t('shownCount', { shown: visible.length, total: index.camps.length })}
        </p>
        {filtered && (
          <button type="button" onClick={() => onFilter({ region: null, area: null, tiers: null, q: '' })}>
            {t('clearFilters')}
          </button>
        )}
        <RegionFacts
          region={listed.filters.region}
          area={listed.filters.area}
          localName={chosenPlaceName(index, listed.filters, lang)}
          sourcesById={index.sourcesById}
          lang={lang}
          t={t}
        />
      </section>
      <BamList
        order={index.bamOrder}
        byId={index.byId}
        visibleIds={listed.visibleIds}
        selectedId={selectedId}
        lang={lang}
        t={t}
        onSelect={onSelect}
        onHover={onHover}
      />
      <CampList camps={listed.visible} selectedId={selectedId} lang={lang} t={t} onSelect={onSelect} onHover={onHover} />
      <DataTools camps={listed.visible} sourcesById={index.sourcesById} metadata={metadata} title={t('appTitle')} lang={lang} t={t} />
    </aside>
  )
}
