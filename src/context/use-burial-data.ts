import { useEffect, useState } from 'react'
import burialsUrl from '../../geodata/burial-sites.geojson?url'
import type { BurialData } from '../burials/burial-data'

/**
 * The burial sites, fetched once when first wanted (the layer turned on, a camp or a
 * region opened), never for the first paint. The production build validated the bundled
 * file (scripts/vite/bundled-burials-check.ts), so it is read as it is.
 */

let pending: Promise<BurialData> | null = null

export function loadBurialData(): Promise<BurialData> {
  // The file and the code that reads it come together.
  pending ??= Promise.all([
    fetch(burialsUrl).then((response) => {
      if (!response.ok) throw new Error(`${burialsUrl}: HTTP ${response.status}`)
      return response.json() as Promise<unknown>
    }),
    import('../burials/burial-data'),
  ])
    .then(([json, { burialSitesFromBundledJson, indexBurialSites }]) => indexBurialSites(burialSitesFromBundledJson(json)))
    .catch((error: unknown) => {
      pending = null
      throw error
    })
  return pending
}

export type BurialDataState = { status: 'idle' | 'loading' | 'failed'; data: null } | { status: 'ready'; data: BurialData }

export function useBurialData(wanted: boolean): BurialDataState {
  const [loaded, setLoaded] = useState<BurialData | 'failed' | null>(null)
  const needed = wanted && loaded === null
  useEffect(
    function fetchWhenWanted() {
      if (!needed) return
      let live = true
      loadBurialData().then(
        (data) => {
          if (live) setLoaded(data)
        },
        () => {
          if (live) setLoaded('failed')
        },
      )
      return () => {
        live = false
      }
    },
    [needed],
  )
  if (loaded === 'failed') return { status: 'failed', data: null }
  if (loaded !== null) return { status: 'ready', data: loaded }
  return { status: wanted ? 'loading' : 'idle', data: null }
}
