import type { DatasetMetadata } from '../data/validate'
import { creditLine } from '../render-image/credit'
import { useLang, useTranslate } from '../context/app-context'

/** The article preset's title above the map (plain text from `title=`), if any. */
export function EmbedTitle({ title }: { title: string | null }) {
  if (title === null) return null
  return (
    <h1 className="embed-title" data-testid="embed-title">
      {title}
    </h1>
  )
}

/**
 * Under the map: the preset's caption (plain text from `caption=`) and the credit line with
 * the data's title, version and date (camps.geojson `metadata`) and the basemap.
 */
export function EmbedFooter({ caption, metadata }: { caption: string | null; metadata: DatasetMetadata | null }) {
  const lang = useLang()
  const t = useTranslate()
  return (
    <footer className="embed-footer">
      {caption !== null && (
        <p className="embed-caption" data-testid="embed-caption">
          {caption}
        </p>
      )}
      <p className="embed-credit" data-testid="embed-credit">
        {creditLine(metadata, t, lang)}
      </p>
    </footer>
  )
}
