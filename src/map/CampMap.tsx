import { MAX_ZOOM, MIN_ZOOM } from '../url/map-policy'
import { lazy, Suspense, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react'
import { MapContainer } from 'react-leaflet'
import type { LatLngBoundsLiteral, Map as LeafletMap } from 'leaflet'
import type { Camp, LngLat } from '../data/schema'
import type { BamLine } from '../data/bam-line'
import { getUrlState, useUrlSelector } from '../state/url-store'
import { selectLinkedCamps } from '../state/selectors'
import { Basemap, BasemapCredit } from './Basemap'
import { BamLineLayer } from './BamLineLayer'
import { CampMarkers } from './CampMarkers'
import { MapViewSync } from './MapViewSync'
import { MapAriaLabel } from './MapAriaLabel'
import { WaterLayer } from './basemap/WaterLayer'
import { RailwayLayer } from './basemap/RailwayLayer'
import { ScaleBar } from './basemap/ScaleBar'
import { ShowAllControl } from './ShowAllControl'
import { ControlsFirst } from './ControlsFirst'
import { ZoomControl } from './ZoomControl'
import { useLang, useTranslate } from '../context/app-context'
import { markerRendererFor, usePainter } from './marker-renderer'
import { useStartupStage } from './use-startup-stage'
import type { CampLayer } from './camp-layer'
import { BindMapOverlays } from './overlays/BindMapOverlays'
import type { Lang } from '../i18n/lang'
import { lazyNamed } from '../ui/lazy-named'
// The labels come after the markers (placed when the browser is idle after their frame): their
// chunk loads beside the map's first stages (preloaded when the map mounts).
const MapLabels = lazyNamed(() => import('./labels/MapLabels').then((m) => m.MapLabels))
// Online tiles only when the reader turns them on.
const OnlineTiles = lazy(() => import('./basemap/OnlineTiles').then((m) => ({ default: m.OnlineTiles })))

const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>'
const GSHHG = '<a href="https://www.soest.hawaii.edu/pwessel/gshhg/">GSHHG</a>'
const GEONAMES = '<a href="https://www.geonames.org/">GeoNames</a>'
/** The basemap's credit in the interface language (the words of creditBasemap, with links). */
const BASEMAP_ATTRIBUTION: Record<Lang, string> = {
  en: `Basemap: ${NATURAL_EARTH}; water: ${GSHHG}; towns: ${GEONAMES}`,
  ja: `背景地図：${NATURAL_EARTH}、水系：${GSHHG}、地名：${GEONAMES}`,
}

/** The map container's element id. */
const MAP_ID = 'camp-map'

/** The start-up's steps (useStartupStage): what mounts in each. */
const STAGE = { map: 1, markers: 2, basemap: 3, labels: 4 } as const

/** What the page may ask of its map (a ref on `CampMap`). */
export type CampMapHandle = {
  /** Focuses the map itself (the skip link). */
  focus(): void
  /** Focuses the camp's marker, or the group marker holding it, else (nothing shows it that takes focus) the map. */
  focusCamp(id: string): void
}

/** Where the whole area opens when neither the URL nor the data gives a view. */
const FALLBACK_BOUNDS: LatLngBoundsLiteral = [
  [36, 30],
  [70, 160],
]

type Props = {
  camps: readonly Camp[]
  visibleIds: ReadonlySet<string>
  bamLine: BamLine
  fitBounds: LatLngBoundsLiteral | null
  /** The open camp: a link with a camp and no view centres on it. */
  focus: LngLat | null
  selectedId: string | null
  highlightedId: string | null
  onlineTiles: boolean
  /** Shown (role=status) when an online tile fails to load. */
  tilesFailedMessage: string
  /** The filtered region's or area's name, drawn faintly over its camps. */
  regionName: { id: string; text: string } | null
  animate: boolean
  ariaLabel: string
  describe: (camp: Camp) => { ariaLabel: string; tooltip: string }
  onSelect: (id: string) => void
  /** Extra map children (the embed's scroll guard and resizing). */
  children?: React.ReactNode
  ref?: Ref<CampMapHandle>
}

/**
 * The Leaflet map: basemap, optional online tiles, the BAM line and the camp markers.
 * Vector layers (countries, water, railways, the BAM line, uncertainty halos) are SVG,
 * Leaflet's default. They were canvases (`preferCanvas`), one per pane: on a phone's screen
 * (device pixel ratio above 1, so Leaflet doubles each canvas) every frame that changed one
 * copied its bitmap on the main thread, which made most of the start-up's blocking time under
 * Lighthouse. As SVG the browser rasterizes them off the main thread; moves of the map on a
 * phone got cheaper, and the bench saw no slower filter frame (issue 21, docs/performance.md).
 */
export function CampMap({ ref, ...props }: Props) {
  // MapContainer reads its view once, at mount; MapViewSync follows the URL after that.
  const [initial] = useState(() => getUrlState().view)
  // The other camps of a link (camp=a,b): marked on the map and never grouped away.
  const linked = useUrlSelector(selectLinkedCamps)
  const linkedIds = useMemo(() => new Set(linked.filter((id) => id !== props.selectedId)), [linked, props.selectedId])
  const renderer = markerRendererFor(props.camps.length)
  const painter = usePainter(renderer)
  const t = useTranslate()
  const lang = useLang()
  // The page first (the map's place empty), then the map with its controls and view, the camp
  // markers, the basemap and the markers' labels: each its own task after a frame (issue 21).
  // The markers come before the basemap: they are what the reader looks for first.
  const stage = useStartupStage(STAGE.labels)
  useEffect(() => MapLabels.preload(), [])
  const mapRef = useRef<LeafletMap | null>(null)
  const layerRef = useRef<CampLayer | null>(null)
  useImperativeHandle(
    ref,
    () => ({
      focus: () => mapRef.current?.getContainer().focus(),
      focusCamp: (id) => {
        if (layerRef.current?.focusCamp(id) !== true) mapRef.current?.getContainer().focus({ preventScroll: true })
      },
    }),
    [],
  )
  const attribution = BASEMAP_ATTRIBUTION[lang]
  // The basemap and its lines do not follow a filter: the same elements, so React skips them.
  const { bamLine } = props
  const backdrop = useMemo(
    () => (
      <>
        <Basemap />
        <WaterLayer />
        <RailwayLayer />
        <BamLineLayer line={bamLine} />
      </>
    ),
    [bamLine],
  )
  if (stage < STAGE.map) return <div id={MAP_ID} className="camp-map" />
  return (
    <MapContainer
      ref={mapRef}
      id={MAP_ID}
      className="camp-map"
      center={initial ? [initial.lat, initial.lon] : undefined}
      zoom={initial?.zoom}
      bounds={initial ? undefined : (props.fitBounds ?? FALLBACK_BOUNDS)}
      boundsOptions={{ padding: [24, 24] }}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomSnap={0.25}
      worldCopyJump={false}
      zoomControl={false}
      attributionControl
    >
      <BindMapOverlays />
      {props.onlineTiles && (
        <Suspense fallback={null}>
          <OnlineTiles failedMessage={props.tilesFailedMessage} />
        </Suspense>
      )}
      {stage >= STAGE.basemap && backdrop}
      {painter && stage >= STAGE.markers && (
        <CampMarkers
          painter={painter}
          layerRef={layerRef}
          camps={props.camps}
          visibleIds={props.visibleIds}
          selectedId={props.selectedId}
          highlightedId={props.highlightedId}
          linkedIds={linkedIds}
          describe={props.describe}
          onSelect={props.onSelect}
        />
      )}
      {stage >= STAGE.labels && (
        <Suspense fallback={null}>
          <MapLabels camps={props.camps} selectedId={props.selectedId} regionName={props.regionName} />
        </Suspense>
      )}
      <BasemapCredit attribution={attribution} />
      <ZoomControl camps={props.camps} visibleIds={props.visibleIds} />
      <ShowAllControl fitBounds={props.fitBounds} label={t('showAllCamps')} />
      <ScaleBar />
      <ControlsFirst />
      <MapAriaLabel label={props.ariaLabel} />
      <MapViewSync fitBounds={props.fitBounds} focus={props.focus} animate={props.animate} />
      {props.children}
    </MapContainer>
  )
}
