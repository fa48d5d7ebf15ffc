import { useEffect, useMemo, lazy, Suspense } from 'react'
import type { CampIndex } from '../camp-index/camp-index'
import type { DatasetMetadata } from '../data/validate'
import { NO_FILTERS, type Filters } from '../data/filters'
import type { CampView } from '../view/derive-view'
import type { Lang } from '../i18n/lang'
// Its styles load with the page, so the list is drawn styled the moment its code comes.
import './bam-list.css'
import { CampList } from './CampList'
import { RegionFilter } from './RegionFilter'
import { localName } from '../i18n/names'
import { filterCamps } from '../filter/filter-camps'
import { SearchBox } from './SearchBox'
import { TierFilter } from './TierFilter'
import { parseSearchQuery } from '../filter/search-query'
import { searchRanking } from './search-ranking-part'
import { useSiteOptions } from './use-site-options'
import { openSite, setCompare } from '../state/url-actions'
import { useUrlSelector } from '../state/url-store'
import { samePlaces, selectCompare } from '../state/selectors'
import type { LngLat } from '../data/schema'
import { TierGlyph } from '../symbols/TierGlyph'
import { tierKeyOf } from '../data/tier-key'
import { lazyNamed, whenIdle } from '../ui/lazy-named'
import { useLatestCallback } from '../ui/use-latest-callback'
import { useValueAfterPaint } from '../ui/use-value-after-paint'
import { useLang, useTranslate } from '../context/app-context'

/** Results listed under the search box; the list of camps below has them all. */
const MAX_OPTIONS = 8
/** Burial sites listed under the box when they answer, however many camps do. */
const MIN_SITE_OPTIONS = 3
/** The lists follow a filter at the browser's next idle moment after the frame, at the latest this long after it. */
const LISTS_TIMEOUT_MS = 300

// Loaded when a link or the reader compares two places.
const PlaceComparison = lazy(() => import('../region-facts/PlaceComparison').then((m) => ({ default: m.PlaceComparison })))

// Parts the first view does not show load on demand (region facts with a region or area),
// or when the browser is idle after the first view (the folded table, the downloads).
const RegionFacts = lazyNamed(() => import('../region-facts/RegionFacts').then((m) => m.RegionFacts))
const RegionTable = lazyNamed(() => import('../region-facts/RegionTable').then((m) => m.RegionTable))
const DataTools = lazyNamed(() => import('./DataTools').then((m) => m.DataTools))
// The BAM list, folded below the camp list: its heading, intro and folded summary stand in
// for it (the same boxes), so nothing below moves when it comes.
const BamList = lazyNamed(() => import('./BamList').then((m) => m.BamList))

// Loaded with the burial data, not for the first paint.
const BurialRegionFacts = lazy(() => import('../region-facts/BurialRegionFacts').then((m) => ({ default: m.BurialRegionFacts })))

type Props = {
  index: CampIndex
  view: CampView
  selectedId: string | null
  metadata: DatasetMetadata | null
  onFilter: (patch: Partial<Filters>, options?: { replace?: boolean }) => void
  onSelect: (id: string) => void
  /** Opens a burial site chosen under the search box (its card, the layer on). */
  onSelectSite?: (id: string, lngLat: LngLat | null) => void
  onHover: (id: string | null) => void
  /** The sidebar's element (the phone drawer closes on a tap outside it). */
  ref?: React.Ref<HTMLElement>
}

function placeNameOf(index: CampIndex, slug: string, lang: Lang): string {
  const named = index.regionsBySlug.get(slug) ?? index.areas.find((a) => a.slug === slug)
  return named ? localName(named, lang) : slug
}

function chosenPlaceName(index: CampIndex, state: Filters, lang: Lang): string {
  const region = state.region === null ? undefined : index.regionsBySlug.get(state.region)
  if (region) return localName(region, lang)
  const area = index.areas.find((a) => a.slug === state.area)
  return area ? localName(area, lang) : ''
}

/** Search first, the filters, the list of every camp shown, the region's facts, the BAM list, downloads and citation. */
export function Sidebar({ index, view, selectedId, metadata, onFilter, onSelect, onSelectSite = openSite, onHover, ref }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const { visible, filtered, filters: state } = view
  // The region's facts, the lists and downloads follow a filter in a later render: the count,
  // the controls and the map answer in the frame after the click, the long texts when the
  // browser is next idle, without holding back that frame or the next keystroke.
  const listed = useValueAfterPaint(view, LISTS_TIMEOUT_MS)
  const query = state.q
  // The ranking loads on demand (preloaded when idle, or beside the data for a `q=` link);
  // once it has come, the results are ranked in the frame of the keystroke.
  const ranking = searchRanking.use(query.trim() !== '')
  const ranked = useMemo(
    () => (ranking === null || query.trim() === '' ? [] : ranking.rankCamps(visible, index.searchKeysOf, query)),
    [ranking, visible, index, query],
  )
  const campWordsOnly = parseSearchQuery(query).campWordsOnly
  const siteRegions =
    state.region !== null ? [state.region] : state.area !== null ? (index.regionsByArea.get(state.area) ?? []).map((r) => r.slug) : null
  const sites = useSiteOptions(campWordsOnly ? '' : query, siteRegions, lang, t)
  // The camps first; the burial sites that answer after them, always a few of them listed.
  const sitesShown = Math.min(sites.length, Math.max(MIN_SITE_OPTIONS, MAX_OPTIONS - ranked.length))
  const campsShown = MAX_OPTIONS - sitesShown
  const options = useMemo(
    () =>
      campWordsOnly
        ? []
        : [
            ...(ranking === null ? [] : ranking.campOptions(ranked.slice(0, campsShown), index.regionsBySlug, lang, t)).map((o) => ({
              ...o,
              symbol: <TierGlyph tier={tierKeyOf(o.camp.tier)} scale={0.8} />,
            })),
            ...sites.slice(0, sitesShown),
          ],
    [campWordsOnly, ranking, ranked, campsShown, sites, sitesShown, index, lang, t],
  )
  const hint = campWordsOnly
    ? t('searchCampWords', { word: query.trim(), count: visible.length })
    : ranking !== null && query.trim() !== '' && ranked.length === 0 && sites.length === 0
      ? t('noCamps')
      : null
  const hasBam = listed.visible.some((c) => c.bam)
  const { region: placeRegion, area: placeArea } = listed.filters
  // The place's own camps, whatever the tier, search or BAM filters: its summary is of the place.
  const placeCamps = useMemo(
    () =>
      placeRegion === null && placeArea === null
        ? []
        : filterCamps(index.camps, { ...NO_FILTERS, region: placeRegion, area: placeArea }, index),
    [index, placeRegion, placeArea],
  )
  const compare = useUrlSelector(selectCompare, samePlaces)
  const allRegions = useMemo(() => [...index.regionsByArea.values()].flat(), [index])
  // Stable, so that the folded table (memo) is not rendered again by a filter or a keystroke.
  const chooseRegion = useLatestCallback((region: string) => onFilter({ region, area: null }))
  // Stable, so that the memoised filters render only when their own values change.
  const choosePlace = useLatestCallback((choice: Pick<Filters, 'region' | 'area'>) => onFilter(choice))
  const chooseTiers = useLatestCallback((tiers: Filters['tiers']) => onFilter({ tiers }))
  useEffect(
    () =>
      whenIdle(() => {
        RegionTable.preload()
        DataTools.preload()
        BamList.preload()
        RegionFacts.preload()
        void searchRanking.load()
      }),
    [],
  )
  return (
    <aside ref={ref} id="sidebar" className="sidebar" aria-label={t('filters')}>
      <section className="panel filters" aria-labelledby="filters-title">
        <h2 id="filters-title" className="panel__title">
          {t('filters')}
        </h2>
        <SearchBox
          query={state.q}
          options={options}
          more={campWordsOnly ? 0 : Math.max(0, ranked.length - campsShown)}
          hint={hint}
          onChange={(q) => {
            // A keystroke before the idle preload starts the ranking (or tries it again).
            void searchRanking.load()
            onFilter({ q }, { replace: state.q !== '' })
          }}
          onChoose={(option) => {
            const site = option.kind === 'site' ? sites.find((s) => s.id === option.id) : undefined
            if (site !== undefined) onSelectSite(site.id, site.lngLat)
            else onSelect(option.id)
          }}
        />
        <RegionFilter
          areas={index.areas}
          regionsByArea={index.regionsByArea}
          region={state.region}
          area={state.area}
          onChange={choosePlace}
        />
        <TierFilter tiers={state.tiers} onChange={chooseTiers} />
        <label className="bam-filter">
          <input type="checkbox" data-testid="bam-filter" checked={state.bam} onChange={(e) => onFilter({ bam: e.target.checked })} />
          {t('bamFilter')}
        </label>
        {/* One row of one height, filtered or not: the button coming or going moves nothing below it. */}
        <div className="filters__summary">
          <p className="filters__count" role="status" data-testid="shown-count">
            {t('shownCount', { shown: visible.length, total: index.camps.length })}
          </p>
          {filtered && (
            <button type="button" onClick={() => onFilter({ region: null, area: null, tiers: null, q: '', bam: false })}>
              {t('clearFilters')}
            </button>
          )}
        </div>
      </section>
      <CampList camps={listed.visible} selectedId={selectedId} onSelect={onSelect} onHover={onHover} />
      {(listed.filters.region !== null || listed.filters.area !== null) && (
        <section className="panel">
          <Suspense fallback={null}>
            <RegionFacts
              region={listed.filters.region}
              area={listed.filters.area}
              placeName={chosenPlaceName(index, listed.filters, lang)}
              camps={placeCamps}
              regionsOfArea={listed.filters.area === null ? [] : (index.regionsByArea.get(listed.filters.area) ?? [])}
              nameOfPlace={(slug) => placeNameOf(index, slug, lang)}
              sourcesById={index.sourcesById}
            />
          </Suspense>
          <Suspense fallback={null}>
            <BurialRegionFacts index={index} region={listed.filters.region} area={listed.filters.area} />
          </Suspense>
        </section>
      )}
      {compare.length === 2 && (
        <Suspense fallback={null}>
          <PlaceComparison places={compare} index={index} onClose={() => setCompare([])} />
        </Suspense>
      )}
      <Suspense
        fallback={
          // The folded table's own summary, so nothing below it moves when it arrives.
          <details className="panel region-table" aria-busy="true">
            <summary className="panel__title">{t('regionTableTitle')}</summary>
          </details>
        }
      >
        <RegionTable camps={index.camps} regions={allRegions} onChoose={chooseRegion} compare={compare} onCompare={setCompare} />
      </Suspense>
      {hasBam && (
        <Suspense
          fallback={
            <section className="panel" aria-busy="true">
              <h2 className="panel__title">{t('bamTitle')}</h2>
              <p className="panel__intro">
                {t('bamWhat')} {t('bamIntro')}
              </p>
              <details className="bam-list__more">
                <summary>{t('bamMore')}</summary>
              </details>
            </section>
          }
        >
          <BamList
            folded
            order={index.bamOrder}
            byId={index.byId}
            visibleIds={listed.visibleIds}
            selectedId={selectedId}
            onSelect={onSelect}
            onHover={onHover}
          />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <DataTools
          camps={listed.visible}
          filters={listed.filters}
          sourcesById={index.sourcesById}
          metadata={metadata}
          title={t('appTitle')}
        />
      </Suspense>
    </aside>
  )
}
