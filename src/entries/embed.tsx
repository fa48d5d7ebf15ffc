import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'leaflet/dist/leaflet.css'
import '../styles/app.css'
import '../embed/embed.css'
import { App, type LayoutProps } from '../app/App'
import { EmbedLayout } from '../app/EmbedLayout'
import { EMBED_BAR_PX, formatEmbedParams, parseEmbedOptions } from '../url/embed-options'
import { trackReaderInput } from '../ui/focus-policy'
import { markLayoutReady, startHeightReporter } from '../embed/post-height'
import { configureUrlStore } from '../state/url-store'

/**
 * The embed entry (embed.html): the same App in embed mode. The embed's own parameters
 * are read once here; the shared state (camp, region, …, #map=) stays in the URL store,
 * which in an embed replaces history entries instead of adding them.
 */
const root = document.getElementById('root')
if (!root) throw new Error('embed.html has no #root element')
const options = parseEmbedOptions(window.location.search)
configureUrlStore({ replaceOnly: true, keepSearch: formatEmbedParams(options) })
// A CSSOM property, not a style attribute: allowed under style-src 'self'.
root.style.setProperty('--embed-map-height', `${options.heightPx}px`)
// The first height posted is the final layout's, never the loading message's (post-height.ts).
startHeightReporter(root, options.id, options.heightPx + EMBED_BAR_PX)
trackReaderInput(document)

/** The embed's layout with this page's options. */
function EmbedPage(props: LayoutProps) {
  return <EmbedLayout options={options} {...props} />
}

createRoot(root).render(
  <StrictMode>
    <App Layout={EmbedPage} onSettled={markLayoutReady} />
  </StrictMode>,
)
