import type { Camp } from '../data/schema'
import type { DescribeCamp, GroupLabel } from './camp-marker-layer'

/** The words of group markers and their chooser list. */
export type GroupText = {
  /** The accessible name of a group marker: how many camps of each tier, then their names. */
  label: GroupLabel
  chooserTitle: (count: number) => string
  close: string
}

/** What the camp markers draw and report, whichever renderer draws them (DOM or canvas). */
export type CampMarkerProps = {
  camps: readonly Camp[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  highlightedId: string | null
  describe: DescribeCamp
  onSelect: (id: string) => void
  /** The other camps of a link (camp=a,b): marked and never grouped. */
  linkedIds?: ReadonlySet<string>
}
