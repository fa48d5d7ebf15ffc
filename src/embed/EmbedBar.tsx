import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useCampIndex, useTranslate } from '../context/app-context'
import { CampList } from '../sidebar/CampList'
import { EmbedBamList } from './EmbedBamList'
import { currentHref, getUrlState, subscribeToUrl } from '../state/url-store'
import { fullMapHref } from '../url/embed-links'
import type { CampView } from '../view/derive-view'

type Props = {
  view: CampView
  showList: boolean
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

/** The link to the full map at the current state, read when the reader reaches for it (a pan re-renders nothing here). */
function currentFullMapHref(): string {
  return fullMapHref(getUrlState(), currentHref())
}

/**
 * The bar under an embedded map: the compact BAM / camp list toggle (`sidebar=1`) and the
 * "Open full map" link, which carries the current state to the full app in a new tab.
 */
export function EmbedBar({ view, showList, onSelect, onHover }: Props) {
  const index = useCampIndex()
  const t = useTranslate()
  const [open, setOpen] = useState(false)
  const listId = useId()
  const { visible, visibleIds } = view
  const selectedId = view.selected?.id ?? null
  const fullMapLink = useRef<HTMLAnchorElement>(null)
  useEffect(function followTheUrl() {
    // The link follows every change of the URL, pans included, by a DOM write: no re-render.
    const update = () => {
      if (fullMapLink.current) fullMapLink.current.href = currentFullMapHref()
    }
    update()
    return subscribeToUrl(update)
  }, [])
  // The list shows what the preset shows: no BAM camps "hidden by the filters".
  const anyBamShown = useMemo(() => index.bamOrder.some((place) => visibleIds.has(place.id)), [index, visibleIds])
  return (
    <>
      <nav className="embed-bar" aria-label={t('embedBarLabel')}>
        {showList && (
          <button
            type="button"
            className="embed-bar__toggle"
            data-testid="embed-list-toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {open ? t('embedHideList') : t('embedShowList', { count: visible.length })}
          </button>
        )}
        <a
          className="embed-bar__full"
          data-testid="open-full-map"
          ref={fullMapLink}
          href={currentFullMapHref()}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('embedOpenFull')}
        </a>
      </nav>
      {showList && (
        <div id={listId} className="embed-list" data-testid="embed-list" hidden={!open}>
          {open && (
            <>
              {anyBamShown && (
                <EmbedBamList
                  order={index.bamOrder}
                  byId={index.byId}
                  visibleIds={visibleIds}
                  selectedId={selectedId}
                  onSelect={onSelect}
                  onHover={onHover}
                />
              )}
              <CampList camps={visible} selectedId={selectedId} onSelect={onSelect} onHover={onHover} />
            </>
          )}
        </div>
      )}
    </>
  )
}
