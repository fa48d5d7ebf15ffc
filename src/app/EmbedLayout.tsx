import { useCallback } from 'react'
import { useMetadata, useTranslate } from '../context/app-context'
import { reportView } from '../state/url-actions'
import { getUrlState } from '../state/url-store'
import type { Rejection } from '../data/schema'
import { EmbedBar } from '../embed/EmbedBar'
import { EmbedMapBehaviour } from '../embed/EmbedMapBehaviour'
import { EmbedFooter, EmbedTitle } from '../embed/EmbedText'
import { EMBED_LEGEND_OPEN_MIN_PX } from '../embed/embed-layout'
import type { EmbedOptions } from '../url/embed-options'
import { MapPanel } from './MapPanel'
import { RejectedNotice } from './RejectedNotice'
import { useMapApp } from './use-map-app'
import { MapOverlaysProvider } from '../ui/map-overlays'

/** The map inside an article: the map panel with the embed's behaviour, and the bar under it. */
export function EmbedLayout({ options, rejected, animate }: { options: EmbedOptions; rejected: readonly Rejection[]; animate: boolean }) {
  const t = useTranslate()
  const app = useMapApp()
  const metadata = useMetadata()
  const { openById } = app
  // In an article a camp opens at the zoom the reader sees, so its neighbours stay in view
  // (the full app zooms in to it); the sheet or panel then moves it clear (use-sheet-clearance).
  const openInPlace = useCallback(
    (id: string) => {
      const zoom = getUrlState().view?.zoom
      openById(id)
      const opened = getUrlState().view
      if (zoom !== undefined && opened !== null && opened.zoom > zoom) reportView({ ...opened, zoom })
    },
    [openById],
  )
  return (
    <MapOverlaysProvider value={app.overlays}>
      <div className="app app--embed">
        <button type="button" className="skip-link" onClick={() => app.map.current?.focus()}>
          {t('skipToMap')}
        </button>
        <EmbedTitle title={options.title} />
        <div className="app__body">
          <MapPanel
            view={app.view}
            highlightedId={app.highlightedId}
            animate={animate}
            showLegend={options.legend}
            legendOpenFromPx={EMBED_LEGEND_OPEN_MIN_PX}
            offerOnlineTiles={false}
            onSelect={openInPlace}
            onCloseCamp={app.closeCamp}
            mapRef={app.map}
            mapChildren={<EmbedMapBehaviour options={options} focus={app.view.selected?.lngLat ?? null} fitBounds={app.view.fitBounds} />}
          />
        </div>
        <EmbedBar view={app.view} showList={options.sidebar} onSelect={openInPlace} onHover={app.setHighlightedId} />
        <EmbedFooter caption={options.caption} metadata={metadata} />
        <RejectedNotice rejected={rejected} />
      </div>
    </MapOverlaysProvider>
  )
}
