import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { createPortal } from 'react-dom'
import * as L from 'leaflet'
import type { Camp } from '../../data/schema'
import { toLatLng } from '../../geo/lng-lat'
import type { GroupText } from '../marker-props'
import type { GroupActivation } from './group-marker'
import { zoomToSeparate } from './group-markers'
import { MIN_SEPARATION_PX } from './marker-sizes'
import { mapPadding } from '../overlays/overlay-rects'

// The chooser list loads when a group that never separates is first opened.
const GroupChooser = lazy(() => import('./GroupChooser').then((m) => ({ default: m.GroupChooser })))

export const DEFAULT_GROUP_TEXT: GroupText = {
  label: (names, tiers) =>
    `${String(names.length)} camps: ${tiers.map((t) => `${String(t.count)} of tier ${t.tier}`).join(', ')}. ${names.join(', ')}`,
  chooserTitle: (count) => `${count} camps at this place`,
  close: 'Close',
}

/** Beyond this many camps a group zooms in by steps instead of computing where they separate. */
const LARGE_GROUP = 50

type Open = { ids: string[]; element: HTMLElement; at: { x: number; y: number } }

/**
 * What a group marker does: zoom in until its camps separate, or, when they never do
 * (the same place), open a chooser list; Escape or Close returns focus to the marker.
 */
export function useGroupChooser(options: {
  map: L.Map
  camps: readonly Camp[]
  text: GroupText
  nameOf: (camp: Camp) => string
  onSelect: (id: string) => void
  /** After a zoom by keyboard, focus the first camp's marker (or its new group). */
  focusAfterZoom: (id: string) => void
}) {
  const { map, camps, text, nameOf, onSelect, focusAfterZoom } = options
  const [open, setOpen] = useState<Open | null>(null)
  const byId = useMemo(() => new Map(camps.map((c) => [c.id, c])), [camps])

  const activate = useCallback(
    ({ ids, element, viaKeyboard, point: at }: GroupActivation) => {
      const zoom = map.getZoom()
      const latLngs = ids.flatMap((id) => {
        const c = byId.get(id)
        return c ? [toLatLng(c.lngLat)] : []
      })
      if (ids.length > LARGE_GROUP) {
        // Thousands of camps (the canvas at scale): zoom in two steps on them, as often as needed.
        map.setView(L.latLngBounds(latLngs).getCenter(), Math.min(zoom + 2, map.getMaxZoom()))
        return
      }
      const points = ids.flatMap((id) => {
        const camp = byId.get(id)
        return camp ? [map.project(toLatLng(camp.lngLat), zoom)] : []
      })
      const target = zoomToSeparate(points, MIN_SEPARATION_PX, zoom, map.getMaxZoom(), map.options.zoomSnap || 0.25)
      if (target !== null) {
        const first = ids[0]
        if (viaKeyboard && first !== undefined) focusAfterZoom(first)
        // Fit the group's camps into the part of the map no overlay covers, at most at the
        // zoom where they separate: a fit below it leaves smaller groups to open next.
        const bounds = L.latLngBounds(latLngs)
        const p = mapPadding(map)
        const options = { paddingTopLeft: L.point(p.left, p.top), paddingBottomRight: L.point(p.right, p.bottom), maxZoom: target }
        if (map.getBoundsZoom(bounds, false, L.point(p.left + p.right, p.top + p.bottom)) > zoom) map.fitBounds(bounds, options)
        else map.setView(bounds.getCenter(), target)
        return
      }
      const point = at ?? map.latLngToContainerPoint(map.layerPointToLatLng(L.DomUtil.getPosition(element)))
      setOpen({ ids, element, at: { x: point.x, y: point.y } })
    },
    [map, byId, focusAfterZoom],
  )

  const close = useCallback(
    (returnFocus: boolean) => {
      if (open && returnFocus) {
        const first = open.ids[0] ?? ''
        const target = open.element.isConnected
          ? open.element
          : document.querySelector<HTMLElement>(`[data-camp-ids~="${CSS.escape(first)}"]`)
        target?.focus({ preventScroll: true })
      }
      setOpen(null)
    },
    [open],
  )
  const dismiss = useCallback(() => setOpen(null), [])

  const host = map.getContainer().parentElement
  const size = map.getSize()
  const chooser =
    open && host
      ? createPortal(
          <Suspense fallback={null}>
            <GroupChooser
              camps={open.ids.flatMap((id) => {
                const c = byId.get(id)
                return c ? [c] : []
              })}
              at={open.at}
              areaSize={{ width: size.x, height: size.y }}
              title={text.chooserTitle(open.ids.length)}
              closeLabel={text.close}
              nameOf={nameOf}
              onChoose={(id) => {
                setOpen(null)
                onSelect(id)
              }}
              onClose={close}
            />
          </Suspense>,
          host,
        )
      : null
  return { activate, chooser, dismiss }
}
