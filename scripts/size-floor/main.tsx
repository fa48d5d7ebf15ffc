import { createRoot } from 'react-dom/client'
import { MapContainer } from 'react-leaflet'
import 'leaflet/dist/leaflet.css'

// The stack's floor for `npm run size`: React 19, ReactDOM, Leaflet and react-leaflet
// rendering one empty map, built by Vite like the app (scripts/check-size.ts).
const root = document.getElementById('root')
if (root) createRoot(root).render(<MapContainer center={[55, 100]} zoom={3} style={{ height: '100vh' }} />)
