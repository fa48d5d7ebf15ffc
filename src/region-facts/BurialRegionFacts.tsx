import type { CampIndex } from '../camp-index/camp-index'
import { buriedWhat, burialMessages, siteName } from '../i18n/burial-messages'
import { sitesInPlaces } from '../burials/burial-data'
import { useBurialData } from '../context/use-burial-data'
import { formatNumber } from '../i18n/i18n'
import { openSite } from '../state/url-actions'
import type { AreaSlug } from '../data/areas'
import { useLang } from '../context/app-context'
import './region-facts.css'
import './burial-region-facts.css'

type Props = { index: CampIndex; region: string | null; area: AreaSlug | null }

/**
 * What the sources say of burial sites in the region or area filtered: how many they name,
 * and each site's number as its source gives it. The numbers are never added up: they
 * count different things (buried per a list, remains collected, names on a memorial).
 */
export function BurialRegionFacts({ index, region, area }: Props) {
  const lang = useLang()
  const wanted = region !== null || area !== null
  const state = useBurialData(wanted)
  if (!wanted || state.status !== 'ready') return null
  const slugs = region !== null ? [region] : [...((area === null ? undefined : index.regionsByArea.get(area)) ?? [])].map((r) => r.slug)
  const sites = sitesInPlaces(state.data, slugs)
  if (sites.length === 0) return null
  const m = burialMessages(lang)
  const counted = sites.filter((s) => s.buried !== null)
  return (
    <section className="region-facts" data-testid="region-burials" aria-labelledby="region-burials-title">
      <h3 id="region-burials-title" className="region-facts__title">
        {m.regionTitle(sites.length)}
      </h3>
      {counted.length === 0 ? (
        <p>{m.regionNoNumbers}</p>
      ) : (
        <>
          <p className="region-facts__scope">{m.regionNumbers}</p>
          <ul className="region-burials__list">
            {counted.map((site) => (
              <li key={site.id} data-site-id={site.id}>
                <button type="button" className="link-button region-burials__site" onClick={() => openSite(site.id, site.lngLat)}>
                  {siteName(site, lang)}
                </button>
                {': '}
                <strong>{formatNumber(site.buried ?? 0, lang)}</strong> — <span lang={lang}>{buriedWhat(site, lang)}</span>
              </li>
            ))}
          </ul>
          <p className="region-facts__scope">{m.regionNotSummed}</p>
        </>
      )}
      <p className="region-facts__scope">{m.coverageShort}</p>
    </section>
  )
}
