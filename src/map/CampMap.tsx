import { MapContainer, TileLayer } from 'react-leaflet'
import type { LatLngBoundsLiteral } from 'leaflet'
import type { Camp, LngLat } from '../data/schema'
import type { BamLine } from '../data/bam-line'
import { getUrlState } from '../state/url-store'
import { Basemap } from './Basemap'
import { BamLineLayer } from './BamLineLayer'
import { CampMarkerLayer } from './CampMarkerLayer'
import { MapViewSync } from './MapViewSync'
import { MapLabel } from './MapLabel'
import type { GroupText } from './marker-props'

const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
const BASEMAP_ATTRIBUTION = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
/** The map container's element id, for the skip link. */
export const MAP_ID = 'camp-map'

/** Where the whole area opens when neither the URL nor the data gives a view. */
const FALLBACK_BOUNDS: LatLngBoundsLiteral = [[36, 30], [70, 160]]

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
  const initial = getUrlState().view
  return (
    <MapContainer
      id={MAP_ID}
      className="camp-map"
      center={initial ? [initial.lat, initial.lon] : undefined}
      zoom={initial?.zoom}
      bounds={initial ? undefined : (props.fitBounds ?? FALLBACK_BOUNDS)}
      boundsOptions={{ padding: [24, 24] }}
      minZoom={1}
      maxZoom={12}
      zoomSnap={0.25}
      worldCopyJump={false}
      preferCanvas
      attributionControl
    >
      {props.onlineTiles && (
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution={OSM_ATTRIBUTION}
          referrerPolicy="strict-origin-when-cross-origin"
          maxZoom={19}
        />
      )}
      <Basemap onlineTiles={props.onlineTiles} attribution={BASEMAP_ATTRIBUTION} />
      <BamLineLayer line={props.bamLine} />
      <CampMarkerLayer
        camps={props.camps}
        visibleIds={props.visibleIds}
        selectedId={props.selectedId}
        highlightedId={props.highlightedId}
        describe={props.describe}
        onSelect={props.onSelect}
        groupText={props.groupText}
      />
      <MapLabel label={props.ariaLabel} />
      <MapViewSync fitBounds={props.fitBounds} focus={props.focus} animate={props.animate} />
      {props.children}
    </MapContainer>
  )
}
