import type { Source } from '../data/schema'
import { safeHttpUrl } from '../url/safe-link'

/** Readable citations; only http(s) addresses become links, and they open without referrer. */
export function SourceList({ ids, sourcesById }: { ids: readonly string[]; sourcesById: ReadonlyMap<string, Source> }) {
  return (
    <ol className="source-list">
      {ids.map((id) => {
        const source = sourcesById.get(id)
        if (!source) return <li key={id}>{id}</li>
        const href = safeHttpUrl(source.url)
        return (
          <li key={id} lang={source.language}>
            <span className="source-list__author">{source.author}</span>
            {', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            {source.date !== null && <span>{`, ${source.date}`}</span>}
            {source.url !== null && href === null && <span className="source-list__url">{` (${source.url})`}</span>}
          </li>
        )
      })}
    </ol>
  )
}
