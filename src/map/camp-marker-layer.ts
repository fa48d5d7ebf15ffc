import type L from 'leaflet'
import type { Camp } from '../data/schema'
import type { MarkerRenderer } from './canvas-threshold'
import type { TierKey } from '../data/tier-key'
import type { GroupActivation } from './grouping/group-marker'

/** A group marker's accessible name, from its camps' "#number name" texts and how many of each tier it holds. */
export type GroupLabel = (names: string[], tiers: readonly { tier: TierKey; count: number }[]) => string

/** How one camp (or none) is marked: the open camp, or the one hovered in a list. */
export type MarkerState = 'selected' | 'highlighted'

/** A camp's accessible name (its marker's aria-label) and the text of its tooltip. */
export type DescribeCamp = (camp: Camp) => { ariaLabel: string; tooltip: string; linkedLabel?: string }

/** What the layer drew at the last regroup: the single markers (labelled by the label layer) and the group markers (kept clear of). */
export type DrawnCamps = {
  singles: readonly { id: string; lngLat: readonly [number, number] }[]
  groups: readonly { id: string; lngLat: readonly [number, number]; sizePx: number }[]
}

/**
 * The camps of one dataset on a Leaflet map, however they are drawn (DOM markers or one
 * canvas): `CampMarkers` drives either through this interface only. A layer is created
 * once per dataset; filtering, selection and names change it, they never rebuild it. Camps
 * whose markers would overlap at the map's zoom are joined into group markers; the layer
 * regroups by itself when it is added, on zoom and resize, and when the visible camps or
 * the selected camp change.
 */
export type CampMarkerLayer = {
  /** How it draws: the map container reports it (`data-marker-renderer`, visible-count.ts). */
  readonly renderer: MarkerRenderer
  /** Draws on `map` and listens to its events until `remove()`. */
  addTo(map: L.Map): void
  /** Takes everything it drew and every listener off the map; `addTo` may follow again. */
  remove(): void
  /** Shows exactly these camps (ids not in the dataset are ignored); returns how many of the dataset are shown. */
  setVisible(ids: ReadonlySet<string>): number
  /** Marks one camp (or none, with null) as selected or highlighted; the mark survives regrouping and re-adding. */
  setState(kind: MarkerState, id: string | null): void
  /** The names of the camps, in the interface language. */
  setNames(describe: DescribeCamp): void
  /** The accessible name of a group marker. */
  setGroupLabel(label: GroupLabel): void
  /** Focuses the marker that shows this camp (its own, or its group) after the next regroup. */
  focusAfterRegroup(id: string): void
  /**
   * Focuses the marker that shows this camp now (its own, or the group holding it); false
   * when nothing shows it that can take focus (hidden, off the map, or painted on the canvas).
   */
  focusCamp(id: string): boolean
}

/** What the camp layer (and its painter) takes. */
export type CampLayerOptions = {
  camps: readonly Camp[]
  /** A camp was picked: clicked, tapped, or Enter/Space on its marker. */
  onSelect: (id: string) => void
  /** A group marker was activated. */
  onGroup: (activation: GroupActivation) => void
}
