import { localName } from '../i18n/names'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { campDetailPart } from '../detail/camp-detail-part'
// The panel's styles load with the page (the history panel and the site card use them
// too), so the panel is drawn styled the moment its code comes.
import '../detail/detail.css'
import '../detail/sheet.css'
import { useCampIndex, useLang, useMetadata, useTranslate } from '../context/app-context'
import type { Camp } from '../data/schema'
import { Legend } from '../legend/Legend'
import { CampMap, type CampMapHandle } from '../map/CampMap'
import { selectBurialsOn, selectLang } from '../state/selectors'
import { useUrlSelector } from '../state/url-store'
import type { CampView } from '../view/derive-view'
import { describeMarker } from '../i18n/marker-text'
import { selectSite } from '../state/selectors'
import { useSiteFocus } from './use-site-focus'
import { overlayShown } from '../map/overlays/overlay-shown'
import { usePreloadWhenIdle } from '../ui/lazy-named'
import { useLatestCallback } from '../ui/use-latest-callback'
import { useMapOverlayRef } from '../ui/map-overlays'

const CampDetail = campDetailPart.Part
// The burial layer and a site's card load when the layer is on or a site is open (with the
// burial data, which they wait for anyway), never for the first paint.
const BurialMapLayer = lazy(() => import('../map/burials/BurialMapLayer').then((m) => ({ default: m.BurialMapLayer })))
const BurialSiteOverlay = lazy(() => import('../detail/BurialSiteOverlay').then((m) => ({ default: m.BurialSiteOverlay })))

type Props = {
  view: CampView
  highlightedId: string | null
  animate: boolean
  showLegend: boolean
  /** Open the legend at first only in a map at least this wide (an embed's narrow frame starts it folded). */
  legendOpenFromPx?: number
  /** The full app offers the OpenStreetMap background; an embed keeps to the bundled map. */
  offerOnlineTiles: boolean
  onSelect: (id: string) => void
  onCloseCamp: () => void
  /** Extra map children (the embed's scroll guard and resizing). */
  mapChildren?: React.ReactNode
  /** A panel over the map beside the camp detail (the history). */
  sidePanel?: React.ReactNode
  /** The map's handle (focus a camp's marker, or the map). */
  mapRef: React.Ref<CampMapHandle>
}

/** The map area shared by the full app and the embed: the map, its overlays and the open camp. */
export function MapPanel({
  view,
  highlightedId,
  animate,
  showLegend,
  offerOnlineTiles,
  onSelect,
  onCloseCamp,
  mapChildren,
  sidePanel,
  legendOpenFromPx,
  mapRef,
}: Props) {
  const index = useCampIndex()
  const lang = useLang()
  const t = useTranslate()
  const metadata = useMetadata()
  const urlLang = useUrlSelector(selectLang)
  const siteId = useUrlSelector(selectSite)
  const siteFocus = useSiteFocus(siteId)
  const burialsOn = useUrlSelector(selectBurialsOn)
  const [onlineTiles, setOnlineTiles] = useState(false)
  const legendRef = useMapOverlayRef('legend')
  const describe = useCallback((camp: Camp) => describeMarker(camp, lang, t), [lang, t])
  const { selected } = view
  // The camp detail's code: preloaded when the browser is idle, so that a click opens it at
  // once; a link's camp (`camp=`) waited for it with the data (App). Opened before it has
  // come, the panel shows when it comes, and the map then reveals the camp beside it.
  const detailCame = campDetailPart.use(selected !== null)
  usePreloadWhenIdle(campDetailPart.load)
  const detailShown = selected !== null && siteId === null && detailCame
  const cameBeforeMount = useRef(detailCame)
  const announceIfShown = useLatestCallback(() => {
    if (detailShown) overlayShown()
  })
  useEffect(() => {
    if (!detailCame || cameBeforeMount.current) return
    cameBeforeMount.current = true
    announceIfShown()
  }, [detailCame, announceIfShown])
  const regionName = useMemo(() => {
    const { region, area } = view.filters
    const named = region !== null ? index.regionsBySlug.get(region) : area !== null ? index.areas.find((a) => a.slug === area) : undefined
    if (named === undefined) return null
    return { id: region ?? area ?? '', text: localName(named, lang) }
  }, [index, view.filters, lang])
  // The online tiles switch: a setting, so it sits at the foot of the open legend.
  const tilesToggle = (
    <label className="tiles-toggle" title={t('onlineTilesNote')}>
      <input type="checkbox" checked={onlineTiles} onChange={(e) => setOnlineTiles(e.target.checked)} />
      {t('onlineTiles')}
    </label>
  )
  return (
    <main className="map-area" aria-label={t('appTitle')}>
      {/* The legend before the map in the document: Tab reaches it before the camp markers. */}
      <div ref={legendRef} className="map-overlay" data-map-overlay="">
        {showLegend && (
          <Legend
            counts={view.counts}
            sourcesById={index.sourcesById}
            openFromPx={legendOpenFromPx}
            campOpen={selected !== null || siteId !== null}
          >
            {offerOnlineTiles && tilesToggle}
          </Legend>
        )}
        {!showLegend && offerOnlineTiles && tilesToggle}
      </div>
      <CampMap
        ref={mapRef}
        camps={index.camps}
        visibleIds={view.visibleIds}
        bamLine={index.bamLine}
        fitBounds={view.fitBounds}
        focus={siteFocus ?? selected?.lngLat ?? null}
        selectedId={selected?.id ?? null}
        highlightedId={highlightedId}
        onlineTiles={onlineTiles}
        tilesFailedMessage={t('onlineTilesFailed')}
        regionName={regionName}
        animate={animate}
        ariaLabel={t('appTitle')}
        describe={describe}
        onSelect={onSelect}
      >
        {burialsOn && (
          <Suspense fallback={null}>
            <BurialMapLayer />
          </Suspense>
        )}
        {mapChildren}
      </CampMap>
      {sidePanel}
      {siteId !== null && (
        <Suspense fallback={null}>
          <BurialSiteOverlay index={index} />
        </Suspense>
      )}
      {selected && siteId === null && (
        <CampDetail
          camp={selected}
          region={index.regionsBySlug.get(selected.region)}
          regions={[...index.regionsBySlug.values()]}
          sourcesById={index.sourcesById}
          urlLang={urlLang}
          metadata={metadata}
          onClose={onCloseCamp}
          onOpenCamp={onSelect}
        />
      )}
    </main>
  )
}
