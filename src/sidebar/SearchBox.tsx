import { useState } from 'react'
import type { Translate } from '../i18n/i18n'
import { MAX_QUERY_LENGTH } from '../url/url-state'

/** Free-text search over names in every language; the URL follows as the reader types. */
export function SearchBox({ query, t, onChange }: { query: string; t: Translate; onChange: (q: string) => void }) {
  const [text, setText] = useState(query)
  // Follow the URL (Back, a link) without fighting the reader's trailing spaces: adjust the
  // field while rendering when the query changed, React's pattern for state from a prop.
  const [followed, setFollowed] = useState(query)
  if (query !== followed) {
    setFollowed(query)
    if (text.trim() !== query) setText(query)
  }
  return (
    <label className="field">
      <span className="field__label">{t('search')}</span>
      <input
        type="search"
        data-testid="search"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value)
          onChange(e.target.value)
        }}
      />
    </label>
  )
}
