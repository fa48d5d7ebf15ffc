import campsUrl from '../../geodata/camps.geojson?url'
import regionsUrl from '../../geodata/regions.json?url'
import sourcesUrl from '../../geodata/sources.json?url'
import bamLineUrl from '../../geodata/bam-line.geojson?url'
import { datasetFromBundledJson } from '../data/bundled-dataset'
import type { LoadedData } from '../data/dataset'
import type { PlaceOnLine } from '../geo/bam-order'

/** The loaded files and the BAM camps' order along the route (the build's for the bundled data). */
export type AppData = LoadedData & { bamOrder: readonly PlaceOnLine[] }

export type LoadState = { status: 'loading' } | { status: 'ready'; data: AppData } | { status: 'failed'; message: string }

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  const text = await response.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new Error(`${url}: not valid JSON`)
  }
}

/** The URL of a `data=` path, refused unless it stays on this page's origin. */
function sameOriginDataUrl(path: string, base: string): string {
  const url = new URL(path, base)
  if (url.origin !== new URL(base).origin) throw new Error(`data=${path} is not on this site`)
  return url.href
}

/**
 * Fetches the bundled data (same origin, works offline). `dataPath` (the `data=`
 * parameter, already checked to be a relative path) replaces the bundled camps; such a
 * file, and every file in development, is validated here with the validator loaded on
 * demand: malformed camp features are left out and reported in `rejected`; a file that
 * cannot be read or whose reference tables are broken rejects the promise with a message
 * for the user. The bundled files of a production build were validated by the build
 * (scripts/vite/bundled-geodata-check.ts) and are read as they are.
 */
export async function loadData(signal: AbortSignal, dataPath: string | null): Promise<AppData> {
  const campsFile = dataPath === null ? campsUrl : sameOriginDataUrl(dataPath, document.baseURI)
  const bundled = dataPath === null && import.meta.env.PROD
  // The build's BAM order of the bundled camps is data too: it comes beside the files.
  const [[campsJson, regionsJson, sourcesJson, bamJson], bundledBamOrder] = await Promise.all([
    Promise.all([campsFile, regionsUrl, sourcesUrl, bamLineUrl].map((url) => fetchJson(url, signal))),
    bundled ? import('virtual:bundled-bam-order').then((m) => m.default) : null,
  ])
  if (bundledBamOrder !== null)
    return { ...datasetFromBundledJson(campsJson, regionsJson, sourcesJson, bamJson), bamOrder: bundledBamOrder }
  const [{ datasetFromJson }, { bamOrderOf }] = await Promise.all([import('../data/dataset'), import('../geo/bam-order')])
  const loaded = datasetFromJson(campsJson, regionsJson, sourcesJson, bamJson)
  return { ...loaded, bamOrder: bamOrderOf(loaded.dataset) }
}
