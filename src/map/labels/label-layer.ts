import * as L from 'leaflet'
import { placeLabels, type PlacedLabel } from './place-labels'
import { onOverlaysResized, overlayRects } from '../overlays/overlay-rects'
import { idleAfterNextPaint } from '../../state/after-next-paint'
import {
  buildLabelInput,
  TOWN_DOT_RADIUS,
  type At,
  type CampAnchor,
  type LabelStyle,
  type MarkerBox,
  type RegionAnchor,
  type TownAnchor,
} from './label-input'
import { measureLabel } from './measure-text'
import { anchorsFromDrawn, type LabelContext } from './drawn-anchors'
import type { DrawnCamps } from '../camp-marker-layer'
import { CampLayer, type DrawnEvent } from '../camp-layer'

/**
 * The one label layer of the map: camp names and numbers, town names and the filtered
 * region's name, placed together by place-labels.ts so that none overlaps another, a
 * marker or an overlay. Its own pane above the markers; DOM elements built with
 * textContent; recomputed after every move, zoom and resize. It draws no marker: it
 * listens to the camp layer's `drawn` event (fired on the map, whichever painter drew) for
 * the single markers to label and the group markers to keep clear of.
 */
type LabelLayerInput = {
  camps: readonly CampAnchor[]
  otherMarkers: readonly MarkerBox[]
  towns: readonly TownAnchor[]
  region: RegionAnchor | null
  selectedId: string | null
}

/** What the label layer is told by React: the camps' names, the towns, the region, the open camp. */
type LabelLayerContext = LabelContext & { selectedId: string | null }

export type LabelLayer = {
  addTo(map: L.Map): void
  remove(): void
  update(context: Partial<LabelLayerContext>): void
}

const LABEL_PANE = 'map-labels'
/** Anchors this far outside the view are still placed (labels at the edge are then dropped by the bounds). */
const MARGIN_PX = 40
/** Beyond this many camps in view (thousands on the canvas) their labels would collide anyway: none is labelled, all are kept clear of. */
const MAX_LABELLED_CAMPS = 300
/** After a filter or a search, the labels are placed when the browser is idle after the frame that shows the markers, at the latest this long after it. */
const LABELS_TIMEOUT_MS = 250

function renderLabel(label: PlacedLabel, style: LabelStyle, map: L.Map, anchor: { x: number; y: number }): HTMLElement[] {
  const topLeft = map.containerPointToLayerPoint([label.box.left, label.box.top])
  const el = document.createElement('div')
  el.className = `map-label map-label--${style.kind}${style.kind === 'town' ? ` map-label--town-rank-${style.rank}` : ''}`
  el.dataset.labelKind = style.kind
  el.dataset.labelId = label.id.slice(label.id.indexOf(':') + 1)
  el.dataset.labelPosition = label.position
  el.style.width = `${Math.ceil(label.box.right - label.box.left)}px`
  // Plain left/top: labels are rebuilt at every placement and never move one by one, so they
  // need none of the 3D transforms Leaflet gives its markers.
  el.style.left = `${topLeft.x}px`
  el.style.top = `${topLeft.y}px`
  if (style.kind === 'camp') {
    const number = document.createElement('span')
    number.className = 'map-label__number'
    number.style.color = style.color
    number.textContent = style.number
    el.appendChild(number)
    if (label.text.length > style.number.length) el.appendChild(document.createTextNode(label.text.slice(style.number.length)))
  } else {
    el.textContent = label.text
  }
  if (style.kind !== 'town' || !label.dot) return [el]
  const dot = document.createElement('div')
  dot.className = 'map-label__dot'
  dot.setAttribute('aria-hidden', 'true')
  const dotAt = map.containerPointToLayerPoint([anchor.x - TOWN_DOT_RADIUS, anchor.y - TOWN_DOT_RADIUS])
  dot.style.left = `${dotAt.x}px`
  dot.style.top = `${dotAt.y}px`
  return [dot, el]
}

/**
 * When labels are placed: before the next paint after a move, a zoom or a resize (the
 * labels drawn for the old view must not show in the new one); after the next paint, when
 * the browser is idle, when the data changes (a filter, a selection, new names), so that
 * neither the frame that shows the new markers nor the reader's next keystroke waits for
 * the placement. The labels of camps no longer drawn go at once; the others are placed
 * again in a frame after.
 */
export function createLabelLayer(): LabelLayer {
  let map: L.Map | null = null
  let pane: HTMLElement | null = null
  let state: LabelLayerInput = { camps: [], otherMarkers: [], towns: [], region: null, selectedId: null }
  let context: LabelLayerContext = { byId: new Map(), lang: 'en', towns: [], regionName: null, selectedId: null }
  let drawn: DrawnCamps = { singles: [], groups: [] }
  /** True when `state` no longer follows `drawn` and `context`: derived when next placed. */
  let stale = true
  /**
   * Called when the markers drawn or the context change. The anchors (the towns not named
   * by a camp among them) are derived when the labels are next placed, after the paint; only
   * the labels of camps no longer drawn are taken away at once.
   */
  function derive(): void {
    stale = true
    dropStale()
  }
  function current(): LabelLayerInput {
    if (stale) {
      state = { ...anchorsFromDrawn(drawn, context), selectedId: context.selectedId }
      stale = false
    }
    return state
  }
  let frame = 0
  let cancelAfterPaint: (() => void) | null = null
  let stopFollowingOverlays: (() => void) | null = null
  /** A zoom animation hides the pane (leaflet-zoom-hide) and its end places the labels again. */
  let zooming = false
  function dropAfterPaint(): void {
    cancelAfterPaint?.()
    cancelAfterPaint = null
  }

  function redraw(): void {
    frame = 0
    dropAfterPaint()
    place()
  }

  function place(): void {
    if (map === null || pane === null) return
    const m = map
    const size = m.getSize()
    const inView = <T extends { lngLat: readonly [number, number] }>(items: readonly T[]): At<T>[] => {
      const out: At<T>[] = []
      for (const item of items) {
        const p = m.latLngToContainerPoint([item.lngLat[1], item.lngLat[0]])
        if (p.x < -MARGIN_PX || p.y < -MARGIN_PX || p.x > size.x + MARGIN_PX || p.y > size.y + MARGIN_PX) continue
        out.push({ ...item, x: p.x, y: p.y })
      }
      return out
    }
    const state = current()
    const regionAt = state.region === null ? [] : inView([state.region])
    const campsInView = inView(state.camps)
    const labelled = campsInView.length <= MAX_LABELLED_CAMPS
    const input = buildLabelInput({
      camps: labelled ? campsInView : [],
      otherMarkers: labelled
        ? inView(state.otherMarkers)
        : [
            ...inView(state.otherMarkers),
            ...campsInView.map((c) => ({ id: c.id, lngLat: c.lngLat, sizePx: c.markerSizePx, x: c.x, y: c.y })),
          ],
      towns: inView(state.towns),
      region: regionAt[0] ?? null,
      overlays: overlayRects(m),
      zoom: m.getZoom(),
      selectedId: state.selectedId,
      measure: measureLabel,
    })
    const { placed } = placeLabels(input.candidates, input.obstacles, { bounds: { left: 0, top: 0, right: size.x, bottom: size.y } })
    const anchors = new Map(input.candidates.map((c) => [c.id, c.anchor]))
    const elements: HTMLElement[] = []
    for (const label of placed) {
      const style = input.styles.get(label.id)
      const anchor = anchors.get(label.id)
      if (style && anchor) elements.push(...renderLabel(label, style, m, anchor))
    }
    pane.replaceChildren(...elements)
  }

  function schedule(): void {
    if (frame === 0) frame = requestAnimationFrame(redraw)
  }

  function scheduleAfterPaint(): void {
    if (frame !== 0 || cancelAfterPaint !== null) return
    cancelAfterPaint = idleAfterNextPaint(() => {
      cancelAfterPaint = null
      if (!zooming) place()
    }, LABELS_TIMEOUT_MS)
  }

  /** Takes away at once the labels of camps no longer drawn and a region name no longer shown. */
  function dropStale(): void {
    if (pane === null) return
    // As anchorsFromDrawn has them: the single markers of known camps, the region's name while any marker is drawn.
    const campIds = new Set(drawn.singles.filter((s) => context.byId.has(s.id)).map((s) => s.id))
    const regionId = context.regionName !== null && (campIds.size > 0 || drawn.groups.length > 0) ? context.regionName.id : null
    for (const el of pane.querySelectorAll<HTMLElement>('[data-label-kind="camp"], [data-label-kind="region"]')) {
      const id = el.dataset.labelId ?? ''
      if (el.dataset.labelKind === 'camp' ? !campIds.has(id) : id !== regionId) el.remove()
    }
  }

  const events = {
    moveend: schedule,
    zoomend: () => {
      zooming = false
      schedule()
    },
    zoomstart: () => {
      zooming = true
    },
    resize: schedule,
    viewreset: schedule,
    drawn: (event: L.LeafletEvent) => {
      drawn = (event as DrawnEvent).placement.drawn
      derive()
      scheduleAfterPaint()
    },
  }

  return {
    addTo(target) {
      map = target
      pane = target.getPane(LABEL_PANE) ?? target.createPane(LABEL_PANE)
      // Above the markers (600), below tooltips (650); never catches a click.
      pane.style.zIndex = '620'
      pane.style.pointerEvents = 'none'
      pane.classList.add('leaflet-zoom-hide')
      // The markers carry each camp's full name for assistive technology; these are visual only.
      pane.setAttribute('aria-hidden', 'true')
      target.on(events)
      // A camp layer added before this one has drawn already: start from its placement.
      target.eachLayer((layer) => {
        const last = layer instanceof CampLayer ? layer.placement() : null
        if (last !== null) drawn = last.drawn
      })
      derive()
      // The legend folding or the attribution growing changes what labels must keep clear of.
      stopFollowingOverlays = onOverlaysResized(target, schedule)
      schedule()
    },
    remove() {
      if (frame !== 0) cancelAnimationFrame(frame)
      frame = 0
      dropAfterPaint()
      map?.off(events)
      stopFollowingOverlays?.()
      stopFollowingOverlays = null
      pane?.replaceChildren()
      map = null
    },
    update(next) {
      context = { ...context, ...next }
      derive()
      scheduleAfterPaint()
    },
  }
}
