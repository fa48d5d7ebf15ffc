/**
 * Inside a host page's frame, the map must not take focus before the reader has used it:
 * focusing on load would scroll the article to the map, take the host's keyboard focus, and
 * turn on wheel zoom by itself. `navigator.userActivation` cannot tell: it is shared with a
 * same-origin host page. So the embed notes the reader's own input in its document.
 * At the top level (the full app) focus moves as usual.
 */
let readerHasUsedFrame = false

/** Called once by the embed entry: the first pointer or key press inside the frame. */
export function trackReaderInput(doc: Document): void {
  const note = () => {
    readerHasUsedFrame = true
  }
  doc.addEventListener('pointerdown', note, { capture: true, once: true })
  doc.addEventListener('keydown', note, { capture: true, once: true })
}

/** Whether the page may move focus now (always at the top level; in a frame, after the reader's input). */
export function mayTakeFocus(): boolean {
  return window.parent === window || readerHasUsedFrame
}
