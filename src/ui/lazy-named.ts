import { createElement, lazy, useEffect, useSyncExternalStore, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react'

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

/**
 * Fetches a chunk when the browser is idle after the first view (`whenIdle`), so that the
 * reader's first use of what it holds finds it there; a failure is left to that first use,
 * which loads it again. `load` must be stable (a module-level function).
 */
export function usePreloadWhenIdle(load: () => Promise<unknown>): void {
  useEffect(() => whenIdle(() => void load().catch(() => undefined)), [load])
}

/**
 * A module (or any value) loaded on demand, read during render. `load()` starts it (once;
 * again after a failure) and resolves when it has come or failed; `use(wanted)` gives it once
 * it has come (null until then), re-renders the caller when it comes, and starts it when
 * `wanted`.
 */
export type Loadable<T> = {
  /** Whether the last attempt failed (until the next `load()`). */
  failed: () => boolean
  load: () => Promise<void>
  use: (wanted: boolean) => T | null
}

type LoadableStore<T> = Loadable<T> & { subscribe: (listener: () => void) => () => void; current: () => T | null }

function loadableStore<T>(load: () => Promise<T>): LoadableStore<T> {
  let value: T | null = null
  let failed = false
  let loading: Promise<void> | null = null
  const listeners = new Set<() => void>()
  const changed = () => {
    for (const listener of [...listeners]) listener()
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  const start = (): Promise<void> => {
    if (value !== null) return Promise.resolve()
    if (failed) {
      failed = false
      changed()
    }
    return (loading ??= load().then(
      (loaded) => {
        value = loaded
        changed()
      },
      () => {
        loading = null
        failed = true
        changed()
      },
    ))
  }
  const current = () => value
  return {
    subscribe,
    current,
    failed: () => failed,
    load: start,
    use(wanted) {
      useEffect(() => {
        if (wanted) void start()
      }, [wanted])
      useSyncExternalStore(subscribe, () => failed)
      return useSyncExternalStore(subscribe, current)
    },
  }
}

export function loadable<T>(load: () => Promise<T>): Loadable<T> {
  const { failed, load: start, use } = loadableStore(load)
  return { failed, load: start, use }
}

/**
 * A part loaded on demand that renders without a Suspense boundary. `Part` renders nothing
 * until the chunk has come, and from then on the part itself in the same frame as anything
 * else (so a preloaded part opens at once). `load()` starts the chunk (once; again after a
 * failure) and resolves when it has come or failed; `use(wanted)` says whether it has come,
 * re-renders the caller when it comes, and starts it when `wanted`.
 */
export type LoadablePart<P extends object> = {
  Part: (props: P) => ReactNode
  /** Whether the last attempt failed (until the next `load()`). */
  failed: () => boolean
  load: () => Promise<void>
  use: (wanted: boolean) => boolean
}

export function loadablePart<P extends object>(load: () => Promise<ComponentType<P>>): LoadablePart<P> {
  const store = loadableStore(load)
  return {
    Part(props: P) {
      const loaded = useSyncExternalStore(store.subscribe, store.current)
      return loaded === null ? null : createElement(loaded, props)
    },
    failed: store.failed,
    load: store.load,
    use: (wanted) => store.use(wanted) !== null,
  }
}
