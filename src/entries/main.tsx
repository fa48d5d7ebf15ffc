import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'leaflet/dist/leaflet.css'
import '../styles/app.css'
import { App } from '../app/App'
import { embedRedirectUrl } from '../url/embed-links'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// `?embed=1` is an alias: the embed lives in embed.html (see docs/embedding.md).
const embedTarget = embedRedirectUrl(window.location.href)
if (embedTarget !== null) window.location.replace(embedTarget)
else
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
