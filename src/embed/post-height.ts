import { createResizeMessage, isHeightRequest } from '../url/resize-message'

/**
 * Whether the embed shows its final layout (the data has loaded, or failed to): before
 * that the page holds a loading message whose height means nothing to the host, and
 * posting it would make the article jump (a host cannot correct a frame that the browser
 * has stopped rendering because it is off screen).
 */
let layoutReady = false
const readyListeners = new Set<() => void>()

/** Called once the embed shows its map (or its error): the reporter posts from then on. */
export function markLayoutReady(): void {
  if (layoutReady) return
  layoutReady = true
  for (const listener of [...readyListeners]) listener()
}

/**
 * Posts the content height of `element` to the parent page once the layout is final, then
 * whenever it changes (ResizeObserver), and again when the host script asks. Each message
 * also carries `minHeight` (the map plus its bar, known from the URL), below which the host
 * script never sets the frame. Does nothing outside a frame. Returns a function that stops it.
 */
export function startHeightReporter(element: HTMLElement, id: string | null, minHeight: number): () => void {
  if (window.parent === window) return () => undefined
  let lastHeight = -1
  const post = (force: boolean) => {
    if (!layoutReady) return
    const height = Math.max(minHeight, Math.ceil(element.getBoundingClientRect().height))
    if (height <= 0 || (!force && height === lastHeight)) return
    lastHeight = height
    window.parent.postMessage(createResizeMessage(height, id, minHeight), '*')
  }
  const observer = new ResizeObserver(() => post(false))
  observer.observe(element)
  const onMessage = (event: MessageEvent) => {
    if (event.source === window.parent && isHeightRequest(event.data)) post(true)
  }
  const onReady = () => post(true)
  readyListeners.add(onReady)
  window.addEventListener('message', onMessage)
  post(false)
  return function stopReporting() {
    observer.disconnect()
    readyListeners.delete(onReady)
    window.removeEventListener('message', onMessage)
  }
}
