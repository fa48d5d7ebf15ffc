import { memo, useState, lazy, Suspense } from 'react'
import type { Camp, Source } from '../data/schema'
import type { DatasetMetadata } from '../data/validate'
import { formatCitation } from '../export/citation'
import { currentHref } from '../state/url-store'
import { downloadStem } from '../export/file-name'
import type { Filters } from '../data/filters'
import { useLang, useTranslate } from '../context/app-context'

// Loaded with the burial data, not for the first paint.
const BurialDownloads = lazy(() => import('./BurialDownloads').then((m) => ({ default: m.BurialDownloads })))

type Props = {
  camps: readonly Camp[]
  /** The filters the camps were chosen by: the files are named after them. */
  filters: Filters
  sourcesById: ReadonlyMap<string, Source>
  metadata: DatasetMetadata | null
  title: string
}

function saveFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The writers load when a download is asked for: the first view does not need them. */
async function downloadGeoJson(
  name: string,
  camps: readonly Camp[],
  sourcesById: ReadonlyMap<string, Source>,
  meta: { title: string; version: string; date: string },
) {
  const { campsToGeoJson } = await import('../export/to-geojson')
  saveFile(name, 'application/geo+json', campsToGeoJson(camps, sourcesById, { ...meta, exportedFrom: currentHref() }))
}

async function downloadCsv(name: string, camps: readonly Camp[], sourcesById: ReadonlyMap<string, Source>) {
  const { campsToCsv } = await import('../export/to-csv')
  saveFile(name, 'text/csv;charset=utf-8', `\uFEFF${campsToCsv(camps, sourcesById)}`)
}

/**
 * Downloads of the camps shown (GeoJSON, CSV with sources written out) and a citation.
 * Rendered again only when the listed camps or filters change (with the sidebar's lists).
 */
export const DataTools = memo(function DataTools({ camps, filters, sourcesById, metadata, title }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const [copied, setCopied] = useState(false)
  const version = metadata?.version ?? 'unversioned'
  const date = metadata?.date ?? 'undated'
  const citation = formatCitation(
    { title, version, date, count: camps.length, url: currentHref().split('#')[0] ?? '', accessed: new Date(), lang },
    t,
  )
  const stem = downloadStem({ ...filters, count: camps.length, version })
  return (
    <section className="panel" aria-labelledby="data-tools-title">
      <h2 id="data-tools-title" className="panel__title">
        {t('download')}
      </h2>
      <div className="button-row">
        <button
          type="button"
          data-testid="download-geojson"
          onClick={() => void downloadGeoJson(`${stem}.geojson`, camps, sourcesById, { title, version, date })}
        >
          {t('downloadGeoJson')}
        </button>
        <button type="button" data-testid="download-csv" onClick={() => void downloadCsv(`${stem}.csv`, camps, sourcesById)}>
          {t('downloadCsv')}
        </button>
      </div>
      <Suspense fallback={null}>
        <BurialDownloads sourcesById={sourcesById} version={version} date={date} save={saveFile} />
      </Suspense>
      <h2 className="panel__title">{t('cite')}</h2>
      <p className="citation" data-testid="citation">
        {citation}
      </p>
      <button
        type="button"
        onClick={() => {
          if ('clipboard' in navigator)
            navigator.clipboard.writeText(citation).then(
              () => setCopied(true),
              () => setCopied(false),
            )
        }}
      >
        {copied ? t('copied') : t('copy')}
      </button>
    </section>
  )
})
