/**
 * Runs `callback` in a task after the next frame has been painted (a frame callback, then a
 * timer), so that work the reader need not see in that frame does not hold it back.
 * Returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer = 0
  let frame = requestAnimationFrame(() => {
    frame = 0
    timer = window.setTimeout(() => {
      timer = 0
      callback()
    }, 0)
  })
  return function cancel() {
    if (frame !== 0) cancelAnimationFrame(frame)
    if (timer !== 0) window.clearTimeout(timer)
    frame = 0
    timer = 0
  }
}
