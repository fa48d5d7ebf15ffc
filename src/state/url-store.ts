import { useRef, useSyncExternalStore } from 'react'
import { formatUrlState, parseUrlState, type ViewState } from '../url/url-state'
import { idleAfterNextPaint } from './after-next-paint'

/**
 * The one store of shareable state: the URL. It reads the state from `location`, writes it
 * with the History API, and notifies subscribers. Components read it through selectors
 * (`useUrlSelector(selectFilters)`), so a change re-renders only the components whose
 * selected part changed: a pan rewrites `#map=` and re-renders only what shows the view.
 * A write takes effect in the store at once and reaches the History API after the next
 * paint, when the browser is idle (pushState costs from under one to tens of milliseconds,
 * which neither the frame nor the reader's next input should wait for), and at once when the
 * page is hidden or left; `currentHref()` is the page's
 * address with the state in it, written or not. Inside some sandboxed frames the History
 * API throws; the state is then kept in memory. Writes go through `./url-actions` only.
 */

type Url = { search: string; hash: string }

const listeners = new Set<() => void>()
/** The state that `location` does not hold: a write not yet in the history, or one it refused. */
let memoryUrl: Url | null = null
/** The write waiting for the next paint: a new history entry if any of the writes it joins asked for one. */
let pendingWrite: { url: string; push: boolean } | null = null
/** Cancels the scheduled write of `pendingWrite`; null when none is scheduled. */
let cancelScheduledWrite: (() => void) | null = null
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

/** Back, Forward or a new hash: the address bar is the state again; a write still waiting is dropped. */
function navigated(): void {
  cancelPendingWrite()
  memoryUrl = null
  notify()
}

function cancelPendingWrite(): void {
  cancelScheduledWrite?.()
  cancelScheduledWrite = null
  pendingWrite = null
}

/** Writes the waiting state into the History API now (the store already shows it). */
export function flushUrlWrites(): void {
  const write = pendingWrite
  if (write === null) return
  cancelPendingWrite()
  try {
    if (write.push) window.history.pushState(null, '', write.url)
    else window.history.replaceState(null, '', write.url)
    memoryUrl = null
  } catch {
    // Refused (a sandboxed frame): the state stays in memory.
  }
}

/** At the latest this long after the frame, a waiting write reaches the History API even if the page is never idle. */
const WRITE_TIMEOUT_MS = 500

let flushesWhenLeft = false

/** A page being hidden or left paints no more frames: what waits is written then. */
function flushWhenLeft(): void {
  if (flushesWhenLeft) return
  flushesWhenLeft = true
  window.addEventListener('pagehide', flushUrlWrites)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushUrlWrites()
  })
}

function scheduleWrite(): void {
  if (cancelScheduledWrite !== null) return
  // A hidden page paints no frame: write at once.
  if (document.visibilityState === 'hidden') {
    flushUrlWrites()
    return
  }
  flushWhenLeft()
  cancelScheduledWrite = idleAfterNextPaint(flushUrlWrites, WRITE_TIMEOUT_MS)
}

/** The page's address with the current state in it (links, citations), whether or not the History API has it yet. */
export function currentHref(): string {
  const { search, hash } = currentUrl()
  const url = new URL(window.location.href)
  url.search = search
  url.hash = hash
  return url.href
}

/** Calls `listener` after every change of the URL state (for DOM writes that need no React render). */
export function subscribeToUrl(listener: () => void): () => void {
  listeners.add(listener)
  if (listeners.size === 1) {
    window.addEventListener('popstate', navigated)
    window.addEventListener('hashchange', navigated)
  }
  return function unsubscribe() {
    listeners.delete(listener)
    if (listeners.size === 0) {
      window.removeEventListener('popstate', navigated)
      window.removeEventListener('hashchange', navigated)
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
  const push = options.replace !== true && !policy.replaceOnly
  pendingWrite = { url: `${window.location.pathname}${search}${hash}`, push: push || (pendingWrite?.push ?? false) }
  memoryUrl = { search, hash }
  scheduleWrite()
  notify()
}
