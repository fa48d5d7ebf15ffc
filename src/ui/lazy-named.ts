import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export type PreloadableComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /** Fetches the part's chunk ahead of its first render (idle time, or at once when the URL needs it). */
  preload: () => void
}

/**
 * React.lazy for a part the first view does not show (its chunk loads on first render, or
 * earlier with `preload`). A chunk that failed to load is fetched again the next time.
 */
export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loading: Promise<ComponentType<P>> | null = null
  const get = (): Promise<ComponentType<P>> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null
      throw error
    }))
  const Lazy = lazy(() => get().then((component) => ({ default: component })))
  return Object.assign(Lazy, { preload: () => void get().catch(() => undefined) })
}

/** Runs `task` when the browser is idle after the first view (at the latest after `timeoutMs`); returns a cancel. */
export function whenIdle(task: () => void, timeoutMs = 4000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(task, 1)
  return () => clearTimeout(id)
}
