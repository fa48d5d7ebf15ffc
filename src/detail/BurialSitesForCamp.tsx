import type { BurialSite } from '../data/burial-schema'
import type { Source } from '../data/schema'
import { buriedWhat, burialMessages, siteName } from '../i18n/burial-messages'
import { useBurialData } from '../context/use-burial-data'
import { formatNumber } from '../i18n/i18n'
import { useLang } from '../context/app-context'
import { selectBurialsOn } from '../state/selectors'
import { openSite, setLayer } from '../state/url-actions'
import { useUrlSelector } from '../state/url-store'
import './burial-site.css'

type Props = { campId: string; sourcesById: ReadonlyMap<string, Source> }

function SiteItem({ site, sourcesById }: { site: BurialSite; sourcesById: ReadonlyMap<string, Source> }) {
  const lang = useLang()
  const m = burialMessages(lang)
  const authors = site.sources.map((id) => sourcesById.get(id)?.author ?? id).join('; ')
  return (
    <li data-site-id={site.id}>
      <button type="button" className="link-button burial-list__site" onClick={() => openSite(site.id, site.lngLat)}>
        {siteName(site, lang)}
      </button>{' '}
      <span className="burial-list__meta">
        ({m.kind[site.kind]}
        {site.lngLat === null ? `, ${m.notPlaced}` : ''})
      </span>
      <br />
      <strong>{site.buried === null ? m.buriedUnknown : formatNumber(site.buried, lang)}</strong>
      {' — '}
      <span lang={lang}>{buriedWhat(site, lang)}</span>
      <br />
      <span className="burial-list__meta">
        {m.sources}: <span lang="en">{authors}</span>
      </span>
    </li>
  )
}

/** The camp detail's list of the burial sites and memorials its sources tie to it, with a button that shows them on the map. */
export function BurialSitesForCamp({ campId, sourcesById }: Props) {
  const m = burialMessages(useLang())
  const state = useBurialData(true)
  const shown = useUrlSelector(selectBurialsOn)
  if (state.status !== 'ready') return state.status === 'failed' ? <p>{m.failed}</p> : null
  const sites = state.data.byCamp.get(campId) ?? []
  return (
    <section data-testid="camp-burials" aria-labelledby="camp-burials-title">
      <h3 id="camp-burials-title">{m.forCampTitle}</h3>
      {sites.length === 0 ? (
        <p className="detail__notes">{m.forCampNone}</p>
      ) : (
        <>
          <ul className="burial-list">
            {sites.map((site) => (
              <SiteItem key={site.id} site={site} sourcesById={sourcesById} />
            ))}
          </ul>
          <button
            type="button"
            className="link-button burial-list__show"
            data-testid="camp-burials-show"
            disabled={shown}
            onClick={() => setLayer('burials', true)}
          >
            {shown ? m.forCampShown : m.forCampShow}
          </button>
        </>
      )}
    </section>
  )
}
