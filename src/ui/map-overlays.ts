import { createContext, useCallback, useContext, type RefCallback } from 'react'

/** What an element over the map is: the map's own code asks for some of them by their role. */
export type MapOverlayRole = 'legend' | 'menu-button' | 'camp-detail' | 'site-card'

/**
 * The elements over one page's map that must not hide a camp (the legend, the open camp's
 * panel, a site's card, the phone's menu button): each registers its own element while it is
 * mounted, and the map reads them here (`map/overlays/`), never by searching the document.
 * One per page's layout, so that two maps would never see each other's overlays.
 */
export type MapOverlays = {
  /** Adds an element (while mounted); returns its removal. */
  add(element: HTMLElement, role: MapOverlayRole): () => void
  /** The elements, in document order. */
  elements(): readonly HTMLElement[]
  /** The first element (in document order) of this role, or null. */
  elementOf(role: MapOverlayRole): HTMLElement | null
  /** Calls `listener` after every addition and removal; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
}

/** Sorts nodes in document order (for `Array.prototype.sort`). */
export function inDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
}

export function createMapOverlays(): MapOverlays {
  const roles = new Map<HTMLElement, MapOverlayRole>()
  const listeners = new Set<() => void>()
  /** The elements in document order, sorted again after a change. */
  let sorted: readonly HTMLElement[] | null = []
  const changed = () => {
    sorted = null
    for (const listener of [...listeners]) listener()
  }
  const elements = (): readonly HTMLElement[] => (sorted ??= [...roles.keys()].sort(inDocumentOrder))
  return {
    add(element, role) {
      roles.set(element, role)
      changed()
      return () => {
        if (roles.get(element) !== role) return
        roles.delete(element)
        changed()
      }
    },
    elements,
    elementOf(role) {
      return elements().find((el) => roles.get(el) === role) ?? null
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

const MapOverlaysContext = createContext<MapOverlays | null>(null)

/** Provides a page's overlays (`createMapOverlays()`, one per layout) to its map and its panels. */
export const MapOverlaysProvider = MapOverlaysContext.Provider

/** The page's overlays; throws a sentence outside `<MapOverlaysProvider>`. */
export function useMapOverlays(): MapOverlays {
  const overlays = useContext(MapOverlaysContext)
  if (overlays === null)
    throw new Error('No map overlays: useMapOverlays() can only be used inside <MapOverlaysProvider> (src/ui/map-overlays.ts).')
  return overlays
}

/** A ref for an element over the map: registered while it is mounted, under its role. */
export function useMapOverlayRef(role: MapOverlayRole): RefCallback<HTMLElement> {
  const overlays = useMapOverlays()
  return useCallback((element: HTMLElement | null) => (element === null ? undefined : overlays.add(element, role)), [overlays, role])
}
