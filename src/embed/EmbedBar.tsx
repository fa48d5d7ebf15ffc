import { useId, useMemo, useState } from 'react'
import type { CampIndex } from '../data/camp-index'
import type { Camp } from '../data/schema'
import type { Translate } from '../i18n/i18n'
import { BamList } from '../sidebar/BamList'
import { CampList } from '../sidebar/CampList'
import type { Lang, ViewState } from '../url/url-state'
import { fullMapHref } from './embed-links'

type Props = {
  index: CampIndex
  visible: readonly Camp[]
  visibleIds: ReadonlySet<string>
  state: ViewState
  showList: boolean
  lang: Lang
  t: Translate
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

/**
 * The bar under an embedded map: the compact BAM / camp list toggle (`sidebar=1`) and the
 * "Open full map" link, which carries the current state to the full app in a new tab.
 */
export function EmbedBar({ index, visible, visibleIds, state, showList, lang, t, onSelect, onHover }: Props) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const href = useMemo(() => fullMapHref(state, window.location.href), [state])
  // The list shows what the preset shows: no BAM camps "hidden by the filters".
  const bamShown = useMemo(() => index.bamOrder.filter((place) => visibleIds.has(place.id)), [index, visibleIds])
  return (
    <>
      <nav className="embed-bar" aria-label={t('embedBarLabel')}>
        {showList && (
          <button type="button" className="embed-bar__toggle" data-testid="embed-list-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? t('embedHideList') : t('embedShowList', { count: visible.length })}
          </button>
        )}
        <a className="embed-bar__full" data-testid="open-full-map" href={href} target="_blank" rel="noopener noreferrer">
          {t('embedOpenFull')}
        </a>
      </nav>
      {showList && (
        <div id={listId} className="embed-list" data-testid="embed-list" hidden={!open}>
          {open && (
            <>
              {bamShown.length > 0 && <BamList order={bamShown} byId={index.byId} visibleIds={visibleIds} selectedId={state.camp} lang={lang} t={t} onSelect={onSelect} onHover={onHover} />}
              <CampList camps={visible} selectedId={state.camp} lang={lang} t={t} onSelect={onSelect} onHover={onHover} />
            </>
          )}
        </div>
      )}
    </>
  )
}
