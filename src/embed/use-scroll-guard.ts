import { useEffect } from 'react'
import { useLatestCallback } from '../ui/use-latest-callback'
import type { Map as LeafletMap } from 'leaflet'
import { mayTakeFocus } from '../ui/focus-policy'

export type GestureHintKind = 'wheel' | 'touch'

/** How long Ctrl/⌘ + wheel keeps wheel zoom on after the last such event. */
const CTRL_ZOOM_MS = 400

/**
 * Scroll-safe map inside an article. The wheel does not zoom until the map (or anything in
 * `main`, e.g. the detail panel) is clicked or focused, and stops again when focus leaves;
 * Ctrl/⌘ + wheel (and trackpad pinch) always zooms. On touch screens one finger scrolls the
 * page (app embed.css sets `touch-action: pan-x pan-y`) and two fingers pan and zoom
 * through Leaflet's touch zoom. A plain wheel or a one-finger scroll over an inactive map
 * calls `onHint`.
 */
export function useScrollGuard(map: LeafletMap, enabled: boolean, onHint: (kind: GestureHintKind) => void): void {
  const hint = useLatestCallback(onHint)

  useEffect(
    function guardScroll() {
      if (!enabled) return undefined
      const container = map.getContainer()
      const scope = container.closest('main') ?? container
      const doc = container.ownerDocument
      const win = doc.defaultView ?? window
      let active = false
      let ctrlTimer: ReturnType<typeof setTimeout> | undefined
      const touches = new Set<number>()
      map.scrollWheelZoom.disable()

      const activate = () => {
        if (active || !mayTakeFocus()) return
        active = true
        map.scrollWheelZoom.enable()
      }
      const deactivate = () => {
        if (!active) return
        active = false
        map.scrollWheelZoom.disable()
      }
      const onFocusOut = (event: FocusEvent) => {
        const next = event.relatedTarget
        if (!(next instanceof win.Node && scope.contains(next))) deactivate()
      }
      // Document capture phase: a handler enabled here still sees this event at the container.
      const onWheel = (event: WheelEvent) => {
        if (active || !(event.target instanceof win.Node) || !container.contains(event.target)) return
        if (event.ctrlKey || event.metaKey) {
          map.scrollWheelZoom.enable()
          clearTimeout(ctrlTimer)
          ctrlTimer = setTimeout(() => {
            if (!active) map.scrollWheelZoom.disable()
          }, CTRL_ZOOM_MS)
          return
        }
        hint('wheel')
      }
      const onPointerDown = (event: PointerEvent) => {
        if (event.pointerType !== 'touch') {
          activate()
          return
        }
        // Runs before Leaflet's own listener on the map pane: one finger never drags.
        touches.add(event.pointerId)
        if (touches.size === 1) map.dragging.disable()
      }
      const onPointerEnd = (event: PointerEvent) => {
        if (event.pointerType !== 'touch') return
        // A cancelled single touch is the browser scrolling the page: say how to move the map.
        if (event.type === 'pointercancel' && touches.size === 1) hint('touch')
        touches.delete(event.pointerId)
        if (touches.size === 0) map.dragging.enable()
      }

      scope.addEventListener('focusin', activate)
      scope.addEventListener('focusout', onFocusOut)
      container.addEventListener('pointerdown', onPointerDown, true)
      container.addEventListener('pointerup', onPointerEnd, true)
      container.addEventListener('pointercancel', onPointerEnd, true)
      doc.addEventListener('wheel', onWheel, { capture: true, passive: true })
      win.addEventListener('blur', deactivate)
      if (doc.activeElement instanceof win.Node && scope.contains(doc.activeElement) && doc.hasFocus()) activate()
      return function stopGuarding() {
        clearTimeout(ctrlTimer)
        scope.removeEventListener('focusin', activate)
        scope.removeEventListener('focusout', onFocusOut)
        container.removeEventListener('pointerdown', onPointerDown, true)
        container.removeEventListener('pointerup', onPointerEnd, true)
        container.removeEventListener('pointercancel', onPointerEnd, true)
        doc.removeEventListener('wheel', onWheel, { capture: true })
        win.removeEventListener('blur', deactivate)
        map.scrollWheelZoom.enable()
        map.dragging.enable()
      }
    },
    [map, enabled, hint],
  )
}
