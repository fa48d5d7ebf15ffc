import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { useCampIndex, useLang, useTranslate } from '../context/app-context'
import { useCampView } from '../context/use-camp-view'
import { localName } from '../i18n/names'
import type { CampView } from '../view/derive-view'
import { useCampNavigation } from './use-camp-navigation'
import type { CampMapHandle } from '../map/CampMap'
import { createMapOverlays, type MapOverlays } from '../ui/map-overlays'

export type MapApp = {
  view: CampView
  highlightedId: string | null
  setHighlightedId: (id: string | null) => void
  openById: (id: string) => void
  closeCamp: () => void
  /** The map (a ref for `MapPanel`): focus a camp's marker, or the map. */
  map: RefObject<CampMapHandle | null>
  /** The page's elements over the map (for `MapOverlaysProvider`). */
  overlays: MapOverlays
}

/**
 * What both layouts (full app and embed) share: the view model, the camp a list item
 * highlights on the map, opening a camp by id and closing it, and the document title.
 */
export function useMapApp(): MapApp {
  const index = useCampIndex()
  const lang = useLang()
  const t = useTranslate()
  const view = useCampView()
  const [highlightedId, setHighlightedId] = useState<string | null>(null)
  const map = useRef<CampMapHandle | null>(null)
  const [overlays] = useState(createMapOverlays)
  const navigation = useCampNavigation(map)
  const openById = useCallback(
    (id: string) => {
      const camp = index.byId.get(id)
      if (camp) navigation.open(camp)
    },
    [index, navigation],
  )
  const { selected } = view
  useEffect(
    function titleTheDocument() {
      document.title = selected ? `${localName(selected, lang)} — ${t('appTitle')}` : t('appTitle')
    },
    [selected, lang, t],
  )
  return { view, highlightedId, setHighlightedId, openById, closeCamp: navigation.close, map, overlays }
}
