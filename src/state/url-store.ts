import { useRef, useSyncExternalStore } from 'react'
import { formatUrlState, parseUrlState, type ViewState } from '../url/url-state'

/**
 * The one store of shareable state: the URL. It reads the state from `location`, writes it
 * with the History API, and notifies subscribers. Components read it through selectors
 * (`useUrlSelector(selectFilters)`), so a change re-renders only the components whose
 * selected part changed: a pan rewrites `#map=` and re-renders only what shows the view.
 * Inside some sandboxed frames the History API throws; the state is then kept in memory.
 * Writes go through `./url-actions` only (an ESLint rule keeps it so).
 */

type Url = { search: string; hash: string }

const listeners = new Set<() => void>()
let memoryUrl: Url | null = null
let cache: { search: string; hash: string; state: ViewState } | null = null

function currentUrl(): Url {
  return memoryUrl ?? { search: window.location.search, hash: window.location.hash }
}

/** The parsed state, re-parsed only when the URL changed; the same object otherwise. */
export function getUrlState(): ViewState {
  const { search, hash } = currentUrl()
  if (cache?.search === search && cache.hash === hash) return cache.state
  const state = parseUrlState(search, hash)
  // Keep the unchanged half's identity: a new hash must not look like new filters.
  cache = { search, hash, state }
  return state
}

function notify(): void {
  for (const listener of listeners) listener()
}

/** Calls `listener` after every change of the URL state (for DOM writes that need no React render). */
export function subscribeToUrl(listener: () => void): () => void {
  listeners.add(listener)
  if (listeners.size === 1) {
    window.addEventListener('popstate', notify)
    window.addEventListener('hashchange', notify)
  }
  return function unsubscribe() {
    listeners.delete(listener)
    if (listeners.size === 0) {
      window.removeEventListener('popstate', notify)
      window.removeEventListener('hashchange', notify)
    }
  }
}

/**
 * The part of the URL state that `select` picks. The component re-renders only when
 * `isEqual(previous, next)` is false (identity by default; `shallowEqual` for objects).
 */
export function useUrlSelector<T>(select: (state: ViewState) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const memo = useRef<{ state: ViewState; value: T } | null>(null)
  const getSnapshot = (): T => {
    const state = getUrlState()
    const last = memo.current
    if (last?.state === state) return last.value
    const value = select(state)
    const kept = last !== null && isEqual(last.value, value) ? last.value : value
    memo.current = { state, value: kept }
    return kept
  }
  return useSyncExternalStore(subscribeToUrl, getSnapshot)
}

let policy: { replaceOnly: boolean; keepSearch: string } = { replaceOnly: false, keepSearch: '' }

/**
 * For the embed: never add history entries (inside an article, the host page's Back button
 * must leave the page, not step through the map) and keep the embed's own parameters
 * (`keepSearch`, e.g. `sidebar=0&height=400`) after the state in its URL.
 */
export function configureUrlStore(next: { replaceOnly: boolean; keepSearch: string }): void {
  policy = next
}

/** Writes a new state: a new history entry (Back returns), or a replacement (map moves). */
export function writeUrlState(next: ViewState, options: { replace?: boolean } = {}): void {
  const formatted = formatUrlState(next)
  const hash = formatted.hash
  const kept = policy.keepSearch
  const search = kept === '' ? formatted.search : `${formatted.search === '' ? '?' : `${formatted.search}&`}${kept}`
  const now = currentUrl()
  if (search === now.search && hash === now.hash) return
  const url = `${window.location.pathname}${search}${hash}`
  try {
    if (options.replace === true || policy.replaceOnly) window.history.replaceState(null, '', url)
    else window.history.pushState(null, '', url)
    memoryUrl = null
  } catch {
    memoryUrl = { search, hash }
  }
  notify()
}
