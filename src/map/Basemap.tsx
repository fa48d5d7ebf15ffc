import { useEffect, useState } from 'react'
import { GeoJSON, Pane } from 'react-leaflet'
import type { PathOptions } from 'leaflet'
import type { Feature } from 'geojson'
import { loadBasemap, type Basemap as BasemapData } from './load-basemap'

const countryStyle: PathOptions = { color: '#a79f8f', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 1, interactive: false }
const mongoliaStyle: PathOptions = { ...countryStyle, fillColor: '#ece3cd', color: '#6b5a3a', weight: 1.6 }
const ussrStyle: PathOptions = { color: '#8a1c1c', weight: 2, opacity: 0.75, fill: false, interactive: false }

function isMongolia(feature: Feature | undefined): boolean {
  const props = (feature?.properties ?? {}) as { name?: unknown; iso2?: unknown }
  return props.iso2 === 'MN' || props.name === 'Mongolia'
}

function styleCountry(feature: Feature | undefined): PathOptions {
  return isMongolia(feature) ? mongoliaStyle : countryStyle
}

/** The offline vector basemap; its land is hidden when online tiles are shown instead. */
export function Basemap({ onlineTiles, attribution }: { onlineTiles: boolean; attribution: string }) {
  const [basemap, setBasemap] = useState<BasemapData | null>(null)
  useEffect(function fetchBasemap() {
    const controller = new AbortController()
    loadBasemap(import.meta.env.BASE_URL, controller.signal).then(setBasemap, (error: unknown) => {
      if (!controller.signal.aborted) console.warn('Basemap not available:', error)
    })
    return function cancel() {
      controller.abort()
    }
  }, [])
  if (basemap === null) return null
  return (
    <>
      {!onlineTiles && (
        <Pane name="basemap-land" style={{ zIndex: 250 }}>
          <GeoJSON data={basemap.countries} style={styleCountry} />
        </Pane>
      )}
      <Pane name="basemap-borders" style={{ zIndex: 260 }}>
        <GeoJSON data={basemap.ussr} style={ussrStyle} attribution={attribution} />
      </Pane>
    </>
  )
}
