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
