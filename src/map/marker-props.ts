import type { Camp } from '../data/schema'
import type { DrawnCamps } from './camp-layer'

/** The words of group markers and their chooser list. */
export type GroupText = {
  /** The accessible name of a group marker, from its camps' "number. name" texts. */
  label: (names: string[]) => string
  chooserTitle: (count: number) => string
  close: string
}

/** What both marker renderers (DOM and canvas) draw and report. */
export type CampMarkerProps = {
  camps: readonly Camp[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  highlightedId: string | null
  describe: (camp: Camp) => { ariaLabel: string; tooltip: string }
  onSelect: (id: string) => void
  /** Optional so that callers without group words still work: English defaults. */
  groupText?: GroupText
  /** After each regroup, what was drawn (the DOM renderer; the canvas draws its own numbers). */
  onDrawn?: (drawn: DrawnCamps) => void
}
