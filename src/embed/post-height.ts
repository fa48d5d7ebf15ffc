import { createResizeMessage, isHeightRequest } from './resize-message'

/**
 * Posts the content height of `element` to the parent page whenever it changes
 * (ResizeObserver), and again when the host script asks. Does nothing outside a frame.
 * Returns a function that stops it.
 */
export function startHeightReporter(element: HTMLElement, id: string | null): () => void {
  if (window.parent === window) return () => undefined
  let lastHeight = -1
  const post = (force: boolean) => {
    const height = Math.ceil(element.getBoundingClientRect().height)
    if (height <= 0 || (!force && height === lastHeight)) return
    lastHeight = height
    window.parent.postMessage(createResizeMessage(height, id), '*')
  }
  const observer = new ResizeObserver(() => post(false))
  observer.observe(element)
  const onMessage = (event: MessageEvent) => {
    if (event.source === window.parent && isHeightRequest(event.data)) post(true)
  }
  window.addEventListener('message', onMessage)
  post(false)
  return function stopReporting() {
    observer.disconnect()
    window.removeEventListener('message', onMessage)
  }
}
