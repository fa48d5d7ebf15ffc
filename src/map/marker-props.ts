import { useEffect, useRef } from 'react'
import type { Camp } from '../data/schema'

/** What both marker renderers (DOM and canvas) draw and report. */
export type CampMarkerProps = {
  camps: readonly Camp[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  highlightedId: string | null
  describe: (camp: Camp) => { ariaLabel: string; tooltip: string }
  onSelect: (id: string) => void
}

/**
 * A stable function that always calls the latest `callback`, so a Leaflet layer built once
 * per dataset never holds a stale handler.
 */
export function useLatestCallback<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const ref = useRef(callback)
  useEffect(() => {
    ref.current = callback
  }, [callback])
  return useRef((...args: A) => ref.current(...args)).current
}
