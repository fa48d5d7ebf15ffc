import * as L from 'leaflet'
import type { Camp } from '../data/schema'
import { placeMarkers, type PlacedMarker, type PlacementInput } from '../symbols/placement/place-markers'
import { groupSizePx } from '../symbols/group-symbol'
import { projectCamps, type Projected } from './canvas-projection'
import { MIN_SEPARATION_PX } from './grouping/marker-sizes'
import { placementFrame } from './placement-frame'
import { onOverlaysResized } from './overlays/overlay-rects'
import type { MarkerRenderer } from './canvas-threshold'
import type { CampLayerOptions, CampMarkerLayer, DescribeCamp, DrawnCamps, GroupLabel, MarkerState } from './camp-marker-layer'

/** The marks painted on camps: the open camp, the one hovered in a list, the other camps of a link. */
export type CampMarks = { selected: string | null; highlighted: string | null; linked: ReadonlySet<string> }

/**
 * One placement of the camps, computed once per zoom, filter, map size and selection: the
 * markers in world pixels at `zoom` (`map.project`), and what was drawn in longitude and
 * latitude (for the label layer).
 */
export type CampPlacement = {
  zoom: number
  markers: readonly PlacedMarker[]
  visible: ReadonlySet<string>
  drawn: DrawnCamps
}

/** The `drawn` event of the camp layer (also fired on the map, its event parent). */
export type DrawnEvent = L.LeafletEvent & { placement: CampPlacement }

/** Paints a placement and answers pointer and keyboard picks; it computes nothing of the model. */
export type CampPainter = {
  readonly renderer: MarkerRenderer
  add(map: L.Map): void
  remove(): void
  paint(placement: CampPlacement): void
  mark(marks: CampMarks): void
  setNames(describe: DescribeCamp): void
  setGroupLabel(label: GroupLabel): void
  /** Focuses the marker that shows this camp (its own or its group); false when nothing can take focus. */
  focus(id: string): boolean
}

export type PainterFactory = (options: CampLayerOptions & { projected: Projected }) => CampPainter

/**
 * The camps of one dataset as one Leaflet layer: the placement model (visible set, tier
 * ranks, displacement, grouping: symbols/placement) is computed here once per zoom, filter,
 * map size, overlay size and selection, handed to a painter (DOM markers or one canvas), and announced
 * with a `drawn` event that the label layer listens to.
 */
export class CampLayer extends L.Layer implements CampMarkerLayer {
  readonly renderer: MarkerRenderer
  private readonly camps: readonly Camp[]
  private readonly projected: Projected
  private readonly painter: CampPainter
  private readonly byId: ReadonlyMap<string, Camp>
  private target: L.Map | null = null
  private visible: ReadonlySet<string> = new Set()
  private marks: CampMarks = { selected: null, highlighted: null, linked: new Set() }
  private pendingFocus: string | null = null
  private last: CampPlacement | null = null
  private stopFollowingOverlays: (() => void) | null = null

  constructor(options: CampLayerOptions, createPainter: PainterFactory) {
    super()
    this.camps = options.camps
    this.projected = projectCamps(options.camps)
    this.byId = new Map(options.camps.map((c) => [c.id, c]))
    this.painter = createPainter({ ...options, projected: this.projected })
    this.renderer = this.painter.renderer
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { zoomend: this.place, resize: this.place }
  }

  override onAdd(map: L.Map): this {
    this.target = map
    this.addEventParent(map)
    this.painter.add(map)
    this.painter.mark(this.marks)
    // The legend folding or a panel opening changes what markers keep clear of: place again.
    this.stopFollowingOverlays = onOverlaysResized(map, this.place)
    this.place()
    return this
  }

  override onRemove(map: L.Map): this {
    this.stopFollowingOverlays?.()
    this.stopFollowingOverlays = null
    this.painter.remove()
    this.removeEventParent(map)
    this.target = null
    this.last = null
    return this
  }

  /** The map it is on, or null. */
  mapOrNull(): L.Map | null {
    return this.target
  }

  /** The last placement (null before the first, or off the map). */
  placement(): CampPlacement | null {
    return this.last
  }

  setVisible(ids: ReadonlySet<string>): number {
    this.visible = ids
    this.place()
    let shown = 0
    for (const camp of this.camps) if (ids.has(camp.id)) shown += 1
    return shown
  }

  setState(kind: MarkerState, id: string | null): void {
    const changed = this.marks[kind] !== id
    this.marks = { ...this.marks, [kind]: id }
    this.painter.mark(this.marks)
    // The selected camp is always drawn on its own: its group opens around it.
    if (kind === 'selected' && changed) this.place()
  }

  /** The other camps of a link (camp=a,b): marked, and never grouped away. */
  setLinked(ids: ReadonlySet<string>): void {
    const same = ids.size === this.marks.linked.size && [...ids].every((id) => this.marks.linked.has(id))
    if (same) return
    this.marks = { ...this.marks, linked: ids }
    this.painter.mark(this.marks)
    this.place()
  }

  setNames(describe: DescribeCamp): void {
    this.painter.setNames(describe)
    if (this.last !== null) this.painter.paint(this.last)
  }

  setGroupLabel(label: GroupLabel): void {
    this.painter.setGroupLabel(label)
    if (this.last !== null && this.last.markers.some((m) => m.kind === 'group')) this.painter.paint(this.last)
  }

  focusAfterRegroup(id: string): void {
    this.pendingFocus = id
  }

  focusCamp(id: string): boolean {
    return this.painter.focus(id)
  }

  /** The placement model: visible camps in world pixels, ranked, displaced and grouped. */
  private readonly place = (): void => {
    const map = this.target
    if (map === null) return
    const zoom = map.getZoom()
    const scale = 2 ** zoom
    const { wx, wy, tiers } = this.projected
    const points: PlacementInput[] = []
    this.camps.forEach((camp, i) => {
      if (!this.visible.has(camp.id)) return
      points.push({ id: camp.id, x: (wx[i] ?? 0) * scale, y: (wy[i] ?? 0) * scale, tier: tiers[i] ?? 'unknown', order: i })
    })
    const { selected, linked } = this.marks
    // No marker is moved under the legend, a panel or a control, or out of the view.
    const markers = placeMarkers(points, {
      separationPx: MIN_SEPARATION_PX,
      selectedId: selected,
      pinnedIds: linked,
      ...placementFrame(map),
    })
    const placement: CampPlacement = { zoom, markers, visible: this.visible, drawn: this.drawnOf(map, markers, zoom) }
    this.last = placement
    this.painter.paint(placement)
    this.fire('drawn', { placement }, true)
    if (this.pendingFocus !== null) {
      const id = this.pendingFocus
      this.pendingFocus = null
      this.painter.focus(id)
    }
  }

  private drawnOf(map: L.Map, markers: readonly PlacedMarker[], zoom: number): DrawnCamps {
    const singles: DrawnCamps['singles'][number][] = []
    const groups: DrawnCamps['groups'][number][] = []
    for (const m of markers) {
      if (m.kind === 'single') {
        const camp = this.byId.get(m.id)
        if (camp === undefined) continue
        if (!m.displaced) {
          singles.push({ id: m.id, lngLat: camp.lngLat })
          continue
        }
        const at = map.unproject([m.x, m.y], zoom)
        singles.push({ id: m.id, lngLat: [at.lng, at.lat] })
        continue
      }
      const at = map.unproject([m.x, m.y], zoom)
      groups.push({ id: `group:${m.ids.join(' ')}`, lngLat: [at.lng, at.lat], sizePx: groupSizePx(m.tiers) })
    }
    return { singles, groups }
  }
}
