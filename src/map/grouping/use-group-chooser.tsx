import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { createPortal } from 'react-dom'
import type * as L from 'leaflet'
import type { Camp } from '../../data/schema'
import type { GroupText } from '../marker-props'
import type { GroupActivation } from './group-marker'
import type { ChooserPlace } from './group-activation'
import { usePreloadWhenIdle } from '../../ui/lazy-named'

// What a group does when activated (zoom until its camps separate, or say where the chooser
// opens) loads when the browser is idle after the first view, or at the first activation.
const loadGroupActivation = () => import('./group-activation')
// The chooser list loads when a group that never separates is first opened.
const GroupChooser = lazy(() => import('./GroupChooser').then((m) => ({ default: m.GroupChooser })))

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
  /** Focus the marker that shows this camp now (its own, or the group holding it: the camp layer's `focusCamp`). */
  focusCamp: (id: string) => void
}) {
  const { map, camps, text, nameOf, onSelect, focusAfterZoom, focusCamp } = options
  const [open, setOpen] = useState<ChooserPlace | null>(null)
  const byId = useMemo(() => new Map(camps.map((c) => [c.id, c])), [camps])

  const activate = useCallback(
    (activation: GroupActivation) => {
      loadGroupActivation().then(
        ({ activateGroup }) => {
          const chooser = activateGroup(map, activation, byId, focusAfterZoom)
          if (chooser !== null) setOpen(chooser)
        },
        // Without the rule (its chunk failed to load) a group still zooms in, one step.
        () => map.zoomIn(),
      )
    },
    [map, byId, focusAfterZoom],
  )
  usePreloadWhenIdle(loadGroupActivation)

  const close = useCallback(
    (returnFocus: boolean) => {
      if (open && returnFocus) {
        // The group's marker, or the one that holds its first camp since a redraw replaced it.
        if (open.element.isConnected) open.element.focus({ preventScroll: true })
        else focusCamp(open.ids[0] ?? '')
      }
      setOpen(null)
    },
    [open, focusCamp],
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
