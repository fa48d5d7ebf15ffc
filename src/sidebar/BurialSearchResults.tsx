import { useMemo } from 'react'
import { burialMessages, siteName } from '../burials/burial-messages'
import { searchBurialSites } from '../burials/burial-search'
import { useBurialData } from '../context/use-burial-data'
import type { Lang } from '../i18n/lang'
import { openSite } from '../state/url-actions'
import './burial-search.css'

const MAX_SHOWN = 10

/** Burial sites whose names (English, Japanese or Russian) match the search, under the camp count. */
export function BurialSearchResults({ query, lang }: { query: string; lang: Lang }) {
  const state = useBurialData(query.trim() !== '')
  const sites = useMemo(() => (state.status === 'ready' ? searchBurialSites(state.data.sites, query) : []), [state, query])
  if (sites.length === 0) return null
  const m = burialMessages(lang)
  return (
    <section className="burial-search" data-testid="burial-search-results" aria-label={m.layerName}>
      <p className="burial-search__title">
        {m.layerName}: {sites.length}
      </p>
      <ul>
        {sites.slice(0, MAX_SHOWN).map((site) => (
          <li key={site.id} data-site-id={site.id}>
            <button type="button" className="burial-search__site" onClick={() => openSite(site.id, site.lngLat)}>
              {siteName(site, lang)}
            </button>{' '}
            ({m.kind[site.kind]}
            {site.lngLat === null ? `, ${m.notPlaced}` : ''})
          </li>
        ))}
      </ul>
    </section>
  )
}
