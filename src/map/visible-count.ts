import type { MarkerRenderer } from './canvas-threshold'

/**
 * The bench and test hook: after the markers are drawn, the map container says how many
 * camps it shows (`data-visible-count`) and how (`data-marker-renderer`: dom or canvas).
 */
export function markVisibleCount(container: HTMLElement, renderer: MarkerRenderer, count: number): void {
  container.dataset.markerRenderer = renderer
  container.dataset.visibleCount = String(count)
}
