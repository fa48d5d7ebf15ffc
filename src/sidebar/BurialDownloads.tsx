import type { Source } from '../data/schema'
import { burialMessages } from '../i18n/burial-messages'
import { loadBurialData } from '../context/use-burial-data'
import { currentHref } from '../state/url-store'
import { useLang, useTranslate } from '../context/app-context'

type Props = {
  sourcesById: ReadonlyMap<string, Source>
  version: string
  date: string
  save: (name: string, type: string, text: string) => void
}

/** Downloads of every burial site (GeoJSON and CSV); the data and the writers load on the click. */
export function BurialDownloads({ sourcesById, version, date, save }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const m = burialMessages(lang)
  const stem = `burial-sites-${version}`
  async function download(kind: 'geojson' | 'csv') {
    const [{ sites }, writers] = await Promise.all([loadBurialData(), import('../export/burial-export')])
    if (kind === 'geojson') {
      const meta = { title: m.layerName, version, date, exportedFrom: currentHref() }
      save(`${stem}.geojson`, 'application/geo+json', writers.burialSitesToGeoJson(sites, sourcesById, meta))
    } else save(`${stem}.csv`, 'text/csv;charset=utf-8', `\uFEFF${writers.burialSitesToCsv(sites, sourcesById)}`)
  }
  return (
    <>
      <p className="panel__note">
        {m.layerName} ({m.coverageShort})
      </p>
      <div className="button-row">
        <button
          type="button"
          data-testid="download-burials-geojson"
          aria-label={`${m.layerName}: ${t('downloadGeoJson')}`}
          onClick={() => void download('geojson')}
        >
          {t('downloadGeoJson')}
        </button>
        <button
          type="button"
          data-testid="download-burials-csv"
          aria-label={`${m.layerName}: ${t('downloadCsv')}`}
          onClick={() => void download('csv')}
        >
          {t('downloadCsv')}
        </button>
      </div>
    </>
  )
}
