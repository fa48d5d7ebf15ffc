import { useMetadata, useTranslate } from '../context/app-context'
import type { Rejection } from '../data/schema'
import { EmbedBar } from '../embed/EmbedBar'
import { EmbedMapBehaviour } from '../embed/EmbedMapBehaviour'
import { EmbedFooter, EmbedTitle } from '../embed/EmbedText'
import { EMBED_LEGEND_OPEN_MIN_PX } from '../embed/embed-layout'
import type { EmbedOptions } from '../url/embed-options'
import { MAP_ID } from '../map/CampMap'
import { MapPanel } from './MapPanel'
import { RejectedNotice } from './RejectedNotice'
import { useMapApp } from './use-map-app'

/** The map inside an article: the map panel with the embed's behaviour, and the bar under it. */
export function EmbedLayout({ options, rejected, animate }: { options: EmbedOptions; rejected: readonly Rejection[]; animate: boolean }) {
  const t = useTranslate()
  const app = useMapApp()
  const metadata = useMetadata()
  return (
    <div className="app app--embed">
      <button type="button" className="skip-link" onClick={() => document.getElementById(MAP_ID)?.focus()}>
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
          onSelect={app.openById}
          onCloseCamp={app.closeCamp}
          mapChildren={<EmbedMapBehaviour options={options} t={t} focus={app.view.selected?.lngLat ?? null} />}
        />
      </div>
      <EmbedBar view={app.view} showList={options.sidebar} onSelect={app.openById} onHover={app.setHighlightedId} />
      <EmbedFooter caption={options.caption} metadata={metadata} t={t} />
      <RejectedNotice rejected={rejected} t={t} />
    </div>
  )
}
