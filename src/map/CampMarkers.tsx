import { useCallback, useEffect, useMemo, type RefObject } from 'react'
import { useMap } from 'react-leaflet'
import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core'
import type { Camp } from '../data/schema'
import type { DescribeCamp, GroupLabel } from './camp-marker-layer'
import { markVisibleCount } from './visible-count'
import type { CampMarkerProps } from './marker-props'
import { useLatestCallback } from '../ui/use-latest-callback'
import { useGroupChooser } from './grouping/use-group-chooser'
import { useGroupText } from './grouping/use-group-text'
import type { GroupActivation } from './grouping/group-marker'
import { CampLayer, type PainterFactory } from './camp-layer'

type LayerComponentProps = LayerProps & {
  painter: PainterFactory
  camps: readonly Camp[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  highlightedId: string | null
  linkedIds: ReadonlySet<string>
  describe: DescribeCamp
  groupLabel: GroupLabel
  onSelect: (id: string) => void
  onGroup: (activation: GroupActivation) => void
}

/** Applies the props that changed (all of them when `prev` is null) to the layer. */
function applyProps(layer: CampLayer, props: LayerComponentProps, prev: LayerComponentProps | null, container: HTMLElement | null): void {
  if (prev === null || prev.describe !== props.describe) layer.setNames(props.describe)
  if (prev === null || prev.groupLabel !== props.groupLabel) layer.setGroupLabel(props.groupLabel)
  if (prev === null || prev.highlightedId !== props.highlightedId) layer.setState('highlighted', props.highlightedId)
  if (prev === null || prev.selectedId !== props.selectedId) layer.setState('selected', props.selectedId)
  if (prev === null || prev.linkedIds !== props.linkedIds) layer.setLinked(props.linkedIds)
  if (prev !== null && prev.visibleIds === props.visibleIds) return
  const shown = layer.setVisible(props.visibleIds)
  if (container !== null) markVisibleCount(container, layer.renderer, shown)
}

/** The camp layer as a react-leaflet component: created once per dataset (keyed by it), updated by its props. */
const CampLayerComponent = createLayerComponent<CampLayer, LayerComponentProps>(
  function createCampLayerElement(props, context) {
    const layer = new CampLayer({ camps: props.camps, onSelect: props.onSelect, onGroup: props.onGroup }, props.painter)
    applyProps(layer, props, null, context.map.getContainer())
    return createElementObject(layer, context)
  },
  function updateCampLayer(layer, props, prev) {
    applyProps(layer, props, prev, layer.mapOrNull()?.getContainer() ?? null)
  },
)

const objectKeys = new WeakMap<object, number>()
let nextObjectKey = 0
/** A number per object (a dataset, a painter): a new one makes a new layer. */
function keyOf(object: object): number {
  let key = objectKeys.get(object)
  if (key === undefined) {
    nextObjectKey += 1
    key = nextObjectKey
    objectKeys.set(object, key)
  }
  return key
}

const NO_LINKS: ReadonlySet<string> = new Set()

type Props = CampMarkerProps & {
  /** How the camps are painted: `usePainter(markerRendererFor(camps.length))` (marker-renderer.ts). */
  painter: PainterFactory
  /** Set to the camp layer while it is on the map (CampMap asks it to focus a camp's marker). */
  layerRef: RefObject<CampLayer | null>
}

/**
 * Draws the camps through one camp layer (camp-layer.ts), and opens the group chooser for a
 * group marker that cannot be zoomed apart.
 */
export function CampMarkers({
  painter,
  layerRef,
  camps,
  visibleIds,
  selectedId,
  highlightedId,
  linkedIds = NO_LINKS,
  describe,
  onSelect,
}: Props) {
  const map = useMap()
  const groupText = useGroupText()
  const select = useLatestCallback(onSelect)
  const nameOf = useCallback((camp: Camp) => describe(camp).tooltip, [describe])
  const focusAfterZoom = useCallback((id: string) => layerRef.current?.focusAfterRegroup(id), [layerRef])
  const focusCamp = useCallback((id: string) => void layerRef.current?.focusCamp(id), [layerRef])
  const { activate, chooser, dismiss } = useGroupChooser({
    map,
    camps,
    text: groupText,
    nameOf,
    onSelect: select,
    focusAfterZoom,
    focusCamp,
  })
  const onGroup = useLatestCallback((activation: GroupActivation) => activate(activation))
  useEffect(() => {
    map.on('zoomstart', dismiss)
    return () => {
      map.off('zoomstart', dismiss)
    }
  }, [map, dismiss])
  const key = useMemo(() => `${String(keyOf(camps))}:${String(keyOf(painter))}`, [camps, painter])
  return (
    <>
      <CampLayerComponent
        key={key}
        ref={layerRef}
        painter={painter}
        camps={camps}
        visibleIds={visibleIds}
        selectedId={selectedId}
        highlightedId={highlightedId}
        linkedIds={linkedIds}
        describe={describe}
        groupLabel={groupText.label}
        onSelect={select}
        onGroup={onGroup}
      />
      {chooser}
    </>
  )
}
