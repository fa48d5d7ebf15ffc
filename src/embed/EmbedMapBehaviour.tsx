import { useCallback, useEffect, useState } from 'react'
import { useMap } from 'react-leaflet'
import { reportView } from '../state/url-actions'
import { getUrlState } from '../state/url-store'
import type { EmbedOptions } from '../url/embed-options'
import { useContainerResize } from './use-container-resize'
import { useScrollGuard, type GestureHintKind } from './use-scroll-guard'
import { useStaticMap } from './use-static-map'
import { useSheetClearance } from './use-sheet-clearance'
import type { LngLat } from '../data/schema'
import type { LatLngBoundsLiteral } from 'leaflet'
import { useRefitAroundLegend } from './use-refit-around-legend'
import { useTranslate } from '../context/app-context'

const HINT_MS = 1800

/**
 * What the map does differently inside an article (a child of MapContainer): the scroll
 * guard and its hint, the static locator mode, and resizing with its container.
 */
export function EmbedMapBehaviour({
  options,
  focus,
  fitBounds,
}: {
  options: EmbedOptions
  focus: LngLat | null
  /** The shown camps' bounds, fitted again around the legend when it opens or folds. */
  fitBounds: LatLngBoundsLiteral | null
}) {
  const t = useTranslate()
  const map = useMap()
  // The view the embed was asked for, before the map reports its own: a map fitted while
  // hidden (0×0) is fitted again to this when it is shown.
  const [initialView] = useState(() => getUrlState().view)
  const [hint, setHint] = useState<GestureHintKind | null>(null)

  const showHint = useCallback((kind: GestureHintKind) => setHint(kind), [])
  useEffect(
    function hideHintLater() {
      if (hint === null) return undefined
      const timer = setTimeout(() => setHint(null), HINT_MS)
      return () => clearTimeout(timer)
    },
    [hint],
  )
  const refit = useCallback(() => reportView(initialView), [initialView])

  useScrollGuard(map, options.interactive, showHint)
  useStaticMap(map, !options.interactive)
  useContainerResize(map, refit)
  useSheetClearance(map, focus)
  useRefitAroundLegend(map, fitBounds, initialView === null && focus === null)

  if (hint === null) return null
  return (
    <div className="embed-hint" data-testid="embed-hint" aria-hidden="true">
      <p className="embed-hint__text">{hint === 'wheel' ? t('embedHintWheel') : t('embedHintTouch')}</p>
    </div>
  )
}
