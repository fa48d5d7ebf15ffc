import { useMemo, useSyncExternalStore } from 'react'
import { formatUrlState, parseUrlState, type ViewState } from '../url/url-state'

/**
 * The shareable state lives only in the URL. This store reads it from `location`,
 * writes it with the History API, and notifies React. Inside some sandboxed frames the
 * History API throws; then the state is kept in memory so the map still works.
 */

const listeners = new Set<() => void>()
let memoryUrl: { search: string; hash: string } | null = null

function currentUrl(): { search: string; hash: string } {
  return memoryUrl ?? { search: window.location.search, hash: window.location.hash }
}

function snapshot(): string {
  const { search, hash } = currentUrl()
  return `${search}\u0000${hash}`
}

function notify(): void {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
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

/** The current view state, parsed from the URL (re-parsed only when the URL changes). */
export function useUrlState(): ViewState {
  const key = useSyncExternalStore(subscribe, snapshot)
  return useMemo(() => {
    const [search = '', hash = ''] = key.split('\u0000')
    return parseUrlState(search, hash)
  }, [key])
}

/** The current state, outside React (for event handlers that must not re-render). */
export function readUrlState(): ViewState {
  const { search, hash } = currentUrl()
  return parseUrlState(search, hash)
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

/** Moves to a new state: a new history entry (Back returns), or a replacement (map moves). */
export function navigate(next: ViewState, options: { replace?: boolean } = {}): void {
  const formatted = formatUrlState(next)
  const hash = formatted.hash
  const kept = policy.keepSearch
  const search = kept === '' ? formatted.search : `${formatted.search === '' ? '?' : `${formatted.search}&`}${kept}`
  if (`${search}\u0000${hash}` === snapshot()) return
  const url = `${window.location.pathname}${search}${hash}`
  try {
    if (options.replace || policy.replaceOnly) window.history.replaceState(null, '', url)
    else window.history.pushState(null, '', url)
    memoryUrl = null
  } catch {
    memoryUrl = { search, hash }
  }
  notify()
}
