import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import { MAX_QUERY_LENGTH } from '../url/url-state'
import { useTranslate } from '../context/app-context'
import './search-box.css'

/**
 * One result under the box. `kind` says what it is ('camp'; other places, such as burial
 * sites, can be listed beside the camps with their own kind); `reason` says why it matched.
 */
export type SearchOption = { kind: string; id: string; name: string; reason: string; symbol?: ReactNode }

type Props = {
  query: string
  options: readonly SearchOption[]
  /** Results not listed under the box (the list of camps below has them all). */
  more: number
  /** Shown instead of the results (e.g. 「ラーゲリ」 is a word for every camp), or null. */
  hint: string | null
  onChange: (q: string) => void
  onChoose: (option: SearchOption) => void
}

/**
 * Free-text search over names in every language, camp numbers and aliases, as a combobox:
 * the results are listed right under the box as the reader types, ↑/↓ move through them,
 * Enter opens the one chosen (or the first), Escape folds the list. The URL follows the text.
 */
export function SearchBox({ query, options, more, hint, onChange, onChoose }: Props) {
  const t = useTranslate()
  const [text, setText] = useState(query)
  const [active, setActive] = useState(-1)
  const [folded, setFolded] = useState(false)
  const listId = useId()
  // Follow the URL (Back, a link) without fighting the reader's trailing spaces: adjust the
  // field while rendering when the query changed, React's pattern for state from a prop.
  const [followed, setFollowed] = useState(query)
  if (query !== followed) {
    setFollowed(query)
    setActive(-1)
    if (text.trim() !== query) setText(query)
  }
  const open = !folded && text.trim() !== '' && options.length > 0
  const current = open && active >= 0 && active < options.length ? active : -1
  const choose = (option: SearchOption | undefined) => {
    if (option === undefined) return
    setFolded(true)
    setActive(-1)
    onChoose(option)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (options.length === 0) return
      e.preventDefault()
      setFolded(false)
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive(open ? (current + step + options.length) % options.length : step === 1 ? 0 : options.length - 1)
    } else if (e.key === 'Enter') {
      if (options.length === 0) return
      e.preventDefault()
      choose(options[current >= 0 ? current : 0])
    } else if (e.key === 'Escape' && open) {
      // Fold the list only: the drawer or a dialog around the box stays open.
      e.preventDefault()
      e.stopPropagation()
      setFolded(true)
      setActive(-1)
    }
  }
  return (
    <div className="search">
      <label className="field search__field">
        <span className="field__label">{t('search')}</span>
        <input
          type="search"
          role="combobox"
          data-testid="search"
          value={text}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            setText(e.target.value)
            setFolded(false)
            setActive(-1)
            onChange(e.target.value)
          }}
        />
      </label>
      <ul
        id={listId}
        role="listbox"
        className="search__results"
        data-testid="search-results"
        aria-label={t('searchResults')}
        hidden={!open}
      >
        {open &&
          options.map((option, i) => (
            <li
              key={`${option.kind}:${option.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className="search__option"
              data-kind={option.kind}
              data-id={option.id}
              // Keep focus in the box: a press chooses, it does not blur.
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => {
                if (i !== current) setActive(i)
              }}
              onClick={() => choose(option)}
            >
              {option.symbol !== undefined && <span className="search__symbol">{option.symbol}</span>}
              <span className="search__name">{option.name}</span>
              {option.reason !== '' && <span className="search__reason">{option.reason}</span>}
            </li>
          ))}
      </ul>
      {open && more > 0 && (
        <p className="search__more" data-testid="search-more">
          {t('searchMore', { count: more })}
        </p>
      )}
      {!folded && hint !== null && (
        <p className="search__hint" data-testid="search-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
