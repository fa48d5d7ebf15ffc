import { MAX_ZOOM, MIN_ZOOM } from '../url/map-policy'
import { lazy, Suspense, useState } from 'react'
import { MapContainer } from 'react-leaflet'
import type { LatLngBoundsLiteral } from 'leaflet'
import type { Camp, LngLat } from '../data/schema'
import type { BamLine } from '../data/bam-line'
import { getUrlState } from '../state/url-store'
import { Basemap } from './Basemap'
import { BamLineLayer } from './BamLineLayer'
import { CampMarkers } from './CampMarkers'
import { MapViewSync } from './MapViewSync'
import { MapAriaLabel } from './MapAriaLabel'
import type { GroupText } from './marker-props'
import type { DrawnCamps } from './camp-marker-layer'
import { WaterLayer } from './basemap/WaterLayer'
import { RailwayLayer } from './basemap/RailwayLayer'
import { ScaleBar } from './basemap/ScaleBar'
import { ShowAllControl } from './ShowAllControl'
import { useTranslate } from '../context/app-context'
import { MapLabels } from './labels/MapLabels'
import { markerRendererFor, useCampLayerFactory } from './marker-renderer'
import type { Lang } from '../i18n/lang'
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

/** The map container's element id, for the skip link. */
export const MAP_ID = 'camp-map'

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
  /** The interface language of the map's labels. */
  lang: Lang
  /** The filtered region's or area's name, drawn faintly over its camps. */
  regionName: { id: string; text: string } | null
  animate: boolean
  ariaLabel: string
  describe: (camp: Camp) => { ariaLabel: string; tooltip: string }
  onSelect: (id: string) => void
  /** The words of group markers (camps joined where their markers would overlap). */
  groupText?: GroupText
  /** Extra map children (the embed's scroll guard and resizing). */
  children?: React.ReactNode
}

/**
 * The Leaflet map: basemap, optional online tiles, the BAM line and the camp markers.
 * Vector layers (countries, BAM line, uncertainty halos) share a canvas per pane
 * (`preferCanvas`): as SVG, the detailed country paths were redrawn after every move.
 */
export function CampMap(props: Props) {
  // MapContainer reads its view once, at mount; MapViewSync follows the URL after that.
  const [initial] = useState(() => getUrlState().view)
  // The markers the DOM layer drew at its last regroup: the label layer names the single ones.
  const [drawn, setDrawn] = useState<DrawnCamps | null>(null)
  const renderer = markerRendererFor(props.camps.length)
  const createLayer = useCampLayerFactory(renderer)
  const t = useTranslate()
  return (
    <MapContainer
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
      preferCanvas
      attributionControl
    >
      {props.onlineTiles && (
        <Suspense fallback={null}>
          <OnlineTiles failedMessage={props.tilesFailedMessage} />
        </Suspense>
      )}
      <Basemap attribution={BASEMAP_ATTRIBUTION[props.lang]} />
      <WaterLayer />
      <RailwayLayer />
      <BamLineLayer line={props.bamLine} />
      {createLayer && (
        <CampMarkers
          createLayer={createLayer}
          camps={props.camps}
          visibleIds={props.visibleIds}
          selectedId={props.selectedId}
          highlightedId={props.highlightedId}
          describe={props.describe}
          onSelect={props.onSelect}
          groupText={props.groupText}
          onDrawn={setDrawn}
        />
      )}
      <MapLabels
        camps={props.camps}
        drawn={drawn}
        selectedId={props.selectedId}
        lang={props.lang}
        regionName={props.regionName}
        labelCamps={renderer === 'dom'}
      />
      <ShowAllControl fitBounds={props.fitBounds} label={t('showAllCamps')} />
      <ScaleBar />
      <MapAriaLabel label={props.ariaLabel} />
      <MapViewSync fitBounds={props.fitBounds} focus={props.focus} animate={props.animate} />
      {props.children}
    </MapContainer>
  )
}
