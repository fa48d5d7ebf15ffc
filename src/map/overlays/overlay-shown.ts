/**
 * A panel over the map that was shown after the map had moved to its camp (its code loaded
 * on demand came a moment later): the map reveals the open camp again, clear of it
 * (`use-reveal-focus.ts`). The panel's owner calls `overlayShown()` when it has rendered.
 */
const listeners = new Set<() => void>()

export function overlayShown(): void {
  for (const listener of [...listeners]) listener()
}

/** Calls `listener` after each `overlayShown()`; returns the unsubscribe. */
export function onOverlayShown(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
