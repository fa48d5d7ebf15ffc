import type L from 'leaflet'
import type { Feature, FeatureCollection } from 'geojson'

/**
 * A slice stops adding once it has run this long; the next one starts in a new task. Under
 * Lighthouse's 4x CPU slowdown a task counts as blocking above 12.5 ms of this machine's time;
 * slices of 10 ms came to 13–26 ms with the feature that overran them and the task's own
 * work, slices of 5 ms mostly stay under it.
 */
const SLICE_MS = 5

/**
 * Adds the features to a GeoJSON layer a few at a time, each slice in its own task, so that
 * no task of the start-up is long (issue 21): projecting, clipping and drawing the 73 lakes
 * and rivers in one go took a task of about 340 ms on this machine. The features are added
 * in their order (paths are drawn in the order they are added), so the finished layer is
 * the same as one `addData` of them all. `onDone` runs after the last slice. Returns a
 * function that stops the adding (the features added so far stay).
 */
export function addInSlices(layer: L.GeoJSON, data: FeatureCollection | readonly Feature[], onDone?: () => void): () => void {
  const features = Array.isArray(data) ? (data as readonly Feature[]) : (data as FeatureCollection).features
  let next = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  function slice(): void {
    timer = null
    const start = performance.now()
    while (next < features.length) {
      const feature = features[next]
      next += 1
      if (feature) layer.addData(feature)
      if (performance.now() - start >= SLICE_MS) break
    }
    if (next < features.length) timer = setTimeout(slice, 0)
    else onDone?.()
  }
  slice()
  return function stop() {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
}

/** One layer and the features to add to it. */
export type SlicedPart = { layer: L.GeoJSON; data: FeatureCollection | readonly Feature[] }

/**
 * Adds the parts one after another, each in slices (`addInSlices`), all of one part before the
 * next (a river over its lake, a railway's dashes over its casing); `onDone` after the last.
 * The returned function stops whichever part is being added, also when a part finished at once.
 */
export function addEachInSlices(parts: readonly SlicedPart[], onDone?: () => void): () => void {
  const stops: (() => void)[] = []
  let stopped = false
  function addPart(i: number): void {
    if (stopped) return
    const part = parts[i]
    if (part === undefined) onDone?.()
    else stops.push(addInSlices(part.layer, part.data, () => addPart(i + 1)))
  }
  addPart(0)
  return function stop() {
    stopped = true
    for (const stopPart of stops) stopPart()
  }
}
