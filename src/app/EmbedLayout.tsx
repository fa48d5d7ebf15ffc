import { useTranslate } from '../context/app-context'
import type { Rejection } from '../data/schema'
import { EmbedBar } from '../embed/EmbedBar'
import { EmbedMapBehaviour } from '../embed/EmbedMapBehaviour'
import type { EmbedOptions } from '../url/embed-options'
import { MAP_ID } from '../map/CampMap'
import { MapPanel } from './MapPanel'
import { RejectedNotice } from './RejectedNotice'
import { useMapApp } from './use-map-app'

/** The map inside an article: the map panel with the embed's behaviour, and the bar under it. */
export function EmbedLayout({ options, rejected, animate }: { options: EmbedOptions; rejected: readonly Rejection[]; animate: boolean }) {
  const t = useTranslate()
  const app = useMapApp()
  return (
    <div className="app app--embed">
      <button type="button" className="skip-link" onClick={() => document.getElementById(MAP_ID)?.focus()}>
        {t('skipToMap')}
      </button>
      <div className="app__body">
        <MapPanel
          view={app.view}
          highlightedId={app.highlightedId}
          animate={animate}
          showLegend={options.legend}
          offerOnlineTiles={false}
          onSelect={app.openById}
          onCloseCamp={app.closeCamp}
          mapChildren={<EmbedMapBehaviour options={options} t={t} />}
        />
      </div>
      <EmbedBar view={app.view} showList={options.sidebar} onSelect={app.openById} onHover={app.setHighlightedId} />
      <RejectedNotice rejected={rejected} t={t} />
    </div>
  )
}
