/**
 * Runs `callback` in a task after the next frame has been painted (a frame callback, then a
 * timer), so that work the reader need not see in that frame does not hold it back. With
 * `maxWaitMs`, it runs after that long at the latest: a page or frame out of view (an embed
 * below the fold, a tab in the background) paints no frame. Returns a function that cancels
 * it if it has not run yet.
 */
export function afterNextPaint(callback: () => void, maxWaitMs?: number): () => void {
  const cancelAfterFrame = afterFrame((run) => {
    const timer = window.setTimeout(run, 0)
    return () => window.clearTimeout(timer)
  }, once)
  const fallback = maxWaitMs === undefined ? undefined : window.setTimeout(once, maxWaitMs)
  function once(): void {
    cancel()
    callback()
  }
  function cancel(): void {
    cancelAfterFrame()
    if (fallback !== undefined) window.clearTimeout(fallback)
  }
  return cancel
}

/**
 * Like `afterNextPaint`, but the task waits for the browser to be idle (at the latest
 * `timeoutMs` after the frame): for work that neither that frame nor the reader's next
 * input waits for (placing labels, writing the address bar). An input that comes meanwhile
 * is answered first; the work then runs in a quiet moment. Returns a cancel.
 */
export function idleAfterNextPaint(callback: () => void, timeoutMs: number): () => void {
  return afterFrame((run) => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(run, 0)
      return () => window.clearTimeout(timer)
    }
    const id = requestIdleCallback(run, { timeout: timeoutMs })
    return () => cancelIdleCallback(id)
  }, callback)
}

/** A frame callback that hands `callback` to `later`; the returned function cancels whichever is waiting. */
function afterFrame(later: (run: () => void) => () => void, callback: () => void): () => void {
  let cancelLater: (() => void) | null = null
  let frame = requestAnimationFrame(() => {
    frame = 0
    cancelLater = later(() => {
      cancelLater = null
      callback()
    })
  })
  return function cancel() {
    if (frame !== 0) cancelAnimationFrame(frame)
    cancelLater?.()
    frame = 0
    cancelLater = null
  }
}
