import { areaSlugs, type AreaSlug } from '../data/areas'
import { NO_FILTERS, type Filters } from '../data/filters'
import { tierKeys, isTierKey, type TierKey } from '../data/tier-key'
import type { Lang } from '../i18n/lang'
import { formatMapHash, parseMapHash, type MapView } from './map-hash'

/** Everything a shared link reproduces (the filters and the rest). Anything not here is ephemeral UI state. */
export type ViewState = Filters & {
  /** The open camp: the first of `camp=a,b`. */
  camp: string | null
  /** The other camps of a link that holds several (`camp=raychikha,taishet`): one tap away. */
  linked: readonly string[]
  lang: Lang | null
  /** A same-origin relative path to a GeoJSON file shown instead of the bundled camps. */
  data: string | null
  view: MapView | null
  /** An open side panel: `?panel=history` (also read from the short form `?history=1`). */
  panel: Panel | null
  /** Extra map layers turned on: `?layers=burials`. */
  layers: readonly MapLayer[]
  /** The open burial site's card: `?site=<id>`. */
  site: string | null
  /** Two regions or areas side by side: `?compare=chita-oblast,khabarovsk-krai` (slugs), else empty. */
  compare: readonly string[]
}

const panels = ['history'] as const
const mapLayers = ['burials'] as const
export type MapLayer = (typeof mapLayers)[number]
export type Panel = (typeof panels)[number]

export const defaultViewState: ViewState = {
  camp: null,
  linked: [],
  ...NO_FILTERS,
  lang: null,
  data: null,
  view: null,
  panel: null,
  layers: [],
  site: null,
  compare: [],
}

export const MAX_QUERY_LENGTH = 100
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function parseSlug(value: string | null): string | null {
  return value !== null && value.length <= 80 && SLUG.test(value) ? value : null
}

/** At most this many camps in one link. */
const MAX_LINKED_CAMPS = 12

/** `camp=a,b`: the valid ids, each once, in order (a bad one is dropped, not the link). */
function parseCamps(value: string | null): string[] {
  if (value === null || value.length > 1000) return []
  const ids = value.split(',').flatMap((part) => parseSlug(part) ?? [])
  return [...new Set(ids)].slice(0, MAX_LINKED_CAMPS)
}

function parseArea(value: string | null): AreaSlug | null {
  return (areaSlugs as readonly string[]).includes(value ?? '') ? (value as AreaSlug) : null
}

/** `1,2` → ['1','2']; any bad member, or all five, means "every tier" (null). */
function parseTiers(value: string | null): readonly TierKey[] | null {
  if (value === null || value.length > 40) return null
  const parts = value.split(',')
  if (!parts.every(isTierKey)) return null
  const chosen = tierKeys.filter((key) => parts.includes(key))
  return chosen.length === 0 || chosen.length === tierKeys.length ? null : chosen
}

/** `panel=history`, or the short `history=1`; anything else is no panel. */
function parsePanel(panel: string | null, history: string | null): Panel | null {
  if (panel !== null) return (panels as readonly string[]).includes(panel) ? (panel as Panel) : null
  return history === '1' ? 'history' : null
}

/** `compare=a,b`: two distinct well-formed slugs, or none (one, or a bad one, falls back to no comparison). */
const NO_PLACES: readonly string[] = Object.freeze([])

function parseCompare(value: string | null): readonly string[] {
  if (value === null || value.length > 200) return NO_PLACES
  const parts = value.split(',')
  const slugs = parts.map(parseSlug)
  if (parts.length !== 2 || slugs[0] === slugs[1] || slugs.some((s) => s === null)) return NO_PLACES
  return slugs.filter((s) => s !== null)
}

/** `layers=burials`: the known layers named, in canonical order; unknown names are ignored. */
function parseLayers(value: string | null): readonly MapLayer[] {
  if (value === null || value.length > 100) return []
  const parts = value.split(',')
  return mapLayers.filter((layer) => parts.includes(layer))
}

const DATA_PATH = /^(?![/\\])(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._~\-/]{1,200}\.(?:geojson|json)$/

/** Only a relative path to a .geojson/.json file: never a scheme, a host or a parent folder. */
function parseDataPath(value: string | null): string | null {
  return value !== null && DATA_PATH.test(value) ? value : null
}

function parseQuery(value: string | null): string {
  if (value === null || value.length > MAX_QUERY_LENGTH) return ''
  return value.replace(/\p{Cc}/gu, '').trim()
}

/**
 * Reads a view from `location.search` and `location.hash`. Total: unknown keys are
 * ignored, malformed or oversized values fall back to the default, it never throws.
 */
export function parseUrlState(search: string, hash: string): ViewState {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search)
  } catch {
    params = new URLSearchParams()
  }
  const region = parseSlug(params.get('region'))
  const lang = params.get('lang')
  const [camp = null, ...linked] = parseCamps(params.get('camp'))
  return {
    camp,
    linked,
    region,
    area: region === null ? parseArea(params.get('area')) : null,
    tiers: parseTiers(params.get('tier')),
    q: parseQuery(params.get('q')),
    bam: params.get('bam') === '1',
    lang: lang === 'en' || lang === 'ja' ? lang : null,
    data: parseDataPath(params.get('data')),
    view: parseMapHash(hash),
    panel: parsePanel(params.get('panel'), params.get('history')),
    ...layersAndSite(parseLayers(params.get('layers')), parseSlug(params.get('site'))),
    compare: parseCompare(params.get('compare')),
  }
}

/** A site's card shows its site on the layer: `site=` turns the burial layer on with it. */
function layersAndSite(layers: readonly MapLayer[], site: string | null): { layers: readonly MapLayer[]; site: string | null } {
  if (site === null || layers.includes('burials')) return { layers, site }
  const on: readonly MapLayer[] = [...layers, 'burials']
  return { layers: mapLayers.filter((l) => on.includes(l)), site }
}

/** Writes a view as `?search#hash` in canonical order, so that parse(format(s)) equals s. */
export function formatUrlState(state: ViewState): { search: string; hash: string } {
  const params = new URLSearchParams()
  if (state.camp !== null) params.set('camp', [state.camp, ...state.linked.filter((id) => id !== state.camp)].join(','))
  if (state.region !== null) params.set('region', state.region)
  else if (state.area !== null) params.set('area', state.area)
  if (state.tiers !== null) params.set('tier', state.tiers.join(','))
  if (state.q !== '') params.set('q', state.q)
  if (state.bam) params.set('bam', '1')
  if (state.lang !== null) params.set('lang', state.lang)
  if (state.data !== null) params.set('data', state.data)
  if (state.panel !== null) params.set('panel', state.panel)
  if (state.layers.length > 0) params.set('layers', state.layers.join(','))
  if (state.site !== null) params.set('site', state.site)
  if (state.compare.length > 0) params.set('compare', state.compare.join(','))
  const search = params.toString()
  return {
    search: search === '' ? '' : `?${search.replace(/%2C/g, ',').replace(/%2F/g, '/')}`,
    hash: state.view === null ? '' : formatMapHash(state.view),
  }
}
