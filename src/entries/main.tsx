import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'leaflet/dist/leaflet.css'
import '../styles/app.css'
import { App } from '../app/App'
import { FullLayout } from '../app/FullLayout'
import { HeaderView } from '../app/Header'
import { loadHeadlineFigures } from '../app/headline-figures'
import { searchRanking } from '../sidebar/search-ranking-part'
import { selectFilters } from '../state/selectors'
import { getUrlState } from '../state/url-store'
import { embedRedirectUrl } from '../url/embed-redirect'

/** The header above the loading and failure messages (no data yet). */
function StatusHeader() {
  return <HeaderView data={null} />
}

/**
 * What the full page waits for beside the data: the header's headline figures and, for a link
 * with a query (`q=`), the ranking of the results under the search box (loaded on demand), so
 * that the results are listed with the map.
 */
const loadBeside = () => Promise.all([loadHeadlineFigures(), selectFilters(getUrlState()).q.trim() === '' ? null : searchRanking.load()])

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// `?embed=1` is an alias: the embed lives in embed.html (see docs/embedding.md).
const embedTarget = embedRedirectUrl(window.location.href)
if (embedTarget !== null) window.location.replace(embedTarget)
else
  createRoot(root).render(
    <StrictMode>
      <App Layout={FullLayout} StatusHeader={StatusHeader} loadBeside={loadBeside} />
    </StrictMode>,
  )
