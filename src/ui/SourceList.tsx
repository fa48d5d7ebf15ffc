import type { Source } from '../data/schema'
import type { Lang } from '../i18n/lang'
import { safeHttpUrl } from '../url/safe-link'

/**
 * Readable citations; only http(s) addresses become links, and they open without referrer.
 * In Japanese, a source with a Japanese bibliography (`citationJa`) is cited in it.
 */
export function SourceList({
  ids,
  sourcesById,
  lang = 'en',
}: {
  ids: readonly string[]
  sourcesById: ReadonlyMap<string, Source>
  lang?: Lang
}) {
  return (
    <ol className="source-list">
      {ids.map((id) => {
        const source = sourcesById.get(id)
        if (!source) return <li key={id}>{id}</li>
        const href = safeHttpUrl(source.url)
        const citationJa = lang === 'ja' ? source.citationJa : undefined
        if (citationJa !== undefined) {
          return (
            <li key={id} lang="ja">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {citationJa}
                </a>
              ) : (
                <cite>{citationJa}</cite>
              )}
              {source.url !== null && href === null && <span className="source-list__url">{`（${source.url}）`}</span>}
            </li>
          )
        }
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
