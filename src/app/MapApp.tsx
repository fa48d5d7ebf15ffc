import { useCallback, useEffect, useMemo, useState } from 'react'
import { buildCampIndex } from '../data/camp-index'
import type { LoadedData } from '../data/load'
import type { Camp } from '../data/schema'
import { CampDetail } from '../detail/CampDetail'
import { countByTier, filterCamps } from '../filter/filter-camps'
import { tierKeyOf } from '../filter/tier-key'
import { boundsOfPositions } from '../geo/fit-bounds'
import type { Translate } from '../i18n/i18n'
import { tierMeaningKey, tierNameKey } from '../i18n/tier-messages'
import { Legend } from '../legend/Legend'
import { CampMap, MAP_ID } from '../map/CampMap'
import { Sidebar } from '../sidebar/Sidebar'
import { campName } from '../sidebar/camp-name'
import { resolveAgainstData, type Lang, type ViewState } from '../url/url-state'
import { EmbedBar } from '../embed/EmbedBar'
import { EmbedMapBehaviour } from '../embed/EmbedMapBehaviour'
import type { EmbedOptions } from '../embed/embed-options'
import { RejectedNotice } from './RejectedNotice'
import { useNavigation } from './use-navigation'

type Props = { data: LoadedData; urlState: ViewState; lang: Lang; t: Translate; header: React.ReactNode; prefersReducedMotion: boolean; embed?: EmbedOptions }

/** The map application once the data is loaded: derives what is shown and wires the parts. */
export function MapApp({ data, urlState, lang, t, header, prefersReducedMotion, embed }: Props) {
  const index = useMemo(() => buildCampIndex(data.dataset), [data])
  const state = useMemo(
    () => resolveAgainstData(urlState, { campIds: index.byId, regionSlugs: index.regionsBySlug }),
    [urlState, index],
  )
  const { region, area, q } = state
  // Every map move writes the URL and parses a new tiers array; key it by value so a pan
  // does not re-run the filter (50,000 camps at scale).
  const tiersKey = state.tiers?.join(',') ?? null
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const tiers = useMemo(() => state.tiers, [tiersKey])
  const visible = useMemo(() => filterCamps(index.camps, { region, area, tiers, query: q }, index), [index, region, area, tiers, q])
  const visibleIds = useMemo(() => new Set(visible.map((c) => c.id)), [visible])
  const counts = useMemo(() => countByTier(visible), [visible])
  const fitBounds = useMemo(() => boundsOfPositions(visible.map((c) => c.lngLat)), [visible])
  const selected = state.camp === null ? null : (index.byId.get(state.camp) ?? null)
  const [highlightedId, setHighlightedId] = useState<string | null>(null)
  const [drawerOpen, setDrawerOpen] = useState(false)
  const [onlineTiles, setOnlineTiles] = useState(false)
  const nav = useNavigation()
  const regionName = useMemo(() => {
    const named = region !== null ? index.regionsBySlug.get(region) : area !== null ? index.areas.find((a) => a.slug === area) : undefined
    if (named === undefined) return null
    return { id: region ?? area ?? '', text: lang === 'ja' ? named.nameJa : named.nameEn }
  }, [index, region, area, lang])

  const describe = useCallback(
    (camp: Camp) => {
      const tier = tierKeyOf(camp.tier)
      const name = campName(camp, lang)
      return {
        ariaLabel: t('markerLabel', { number: String(camp.number), name, tier: `${t(tierNameKey[tier])}, ${t(tierMeaningKey[tier])}` }),
        tooltip: `${camp.number}. ${name}`,
      }
    },
    [lang, t],
  )
  const openById = useCallback(
    (id: string) => {
      const camp = index.byId.get(id)
      if (!camp) return
      setDrawerOpen(false)
      nav.openCamp(camp)
    },
    [index, nav],
  )
  useEffect(
    function titleTheDocument() {
      document.title = selected ? `${campName(selected, lang)} — ${t('appTitle')}` : t('appTitle')
    },
    [selected, lang, t],
  )

  return (
    <div className={`app${embed ? ' app--embed' : ''}${drawerOpen ? ' app--drawer-open' : ''}`}>
      <button type="button" className="skip-link" onClick={() => document.getElementById(MAP_ID)?.focus()}>
        {t('skipToMap')}
      </button>
      {header}
      {!embed && (
        <button type="button" className="drawer-toggle" data-testid="drawer-toggle" aria-expanded={drawerOpen} aria-controls="sidebar" onClick={() => setDrawerOpen(!drawerOpen)}>
          {drawerOpen ? t('closeMenu') : t('openMenu')}
        </button>
      )}
      <div className="app__body">
        {!embed && <Sidebar
          index={index}
          visible={visible}
          visibleIds={visibleIds}
          state={state}
          metadata={data.metadata}
          lang={lang}
          t={t}
          onFilter={nav.filter}
          onSelect={openById}
          onHover={setHighlightedId}
        />}
        <main className="map-area" aria-label={t('appTitle')}>
          <CampMap
            camps={index.camps}
            visibleIds={visibleIds}
            bamLine={index.bamLine}
            view={state.view}
            fitBounds={fitBounds}
            focus={selected?.lngLat ?? null}
            selectedId={selected?.id ?? null}
            highlightedId={highlightedId}
            onlineTiles={onlineTiles}
            tilesFailedMessage={t('onlineTilesFailed')}
            lang={lang}
            regionName={regionName}
            animate={!prefersReducedMotion}
            ariaLabel={t('appTitle')}
            describe={describe}
            onSelect={openById}
            onViewChange={nav.reportView}
          >
            {embed && <EmbedMapBehaviour options={embed} t={t} />}
          </CampMap>
          <div className="map-overlay" data-map-overlay>
            {(!embed || embed.legend) && <Legend counts={counts} sourcesById={index.sourcesById} t={t} />}
            {!embed && (
              <label className="tiles-toggle" title={t('onlineTilesNote')}>
                <input type="checkbox" checked={onlineTiles} onChange={(e) => setOnlineTiles(e.target.checked)} />
                {t('onlineTiles')}
              </label>
            )}
          </div>
          {selected && (
            <CampDetail camp={selected} region={index.regionsBySlug.get(selected.region)} regions={data.dataset.regions} sourcesById={index.sourcesById} lang={lang} t={t} onClose={nav.closeCamp} />
          )}
        </main>
      </div>
      {embed && (
        <EmbedBar index={index} visible={visible} visibleIds={visibleIds} state={state} showList={embed.sidebar} lang={lang} t={t} onSelect={openById} onHover={setHighlightedId} />
      )}
      <RejectedNotice rejected={data.rejected} t={t} />
    </div>
  )
}
