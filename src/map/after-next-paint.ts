/**
 * Runs `callback` after the next frame has been painted (two animation frames: the first
 * runs just before that paint, the second just before the one after it). Returns a cancel
 * function, for an effect's cleanup.
 */
export function afterNextPaint(callback: () => void): () => void {
  let second = 0
  const first = requestAnimationFrame(() => {
    second = requestAnimationFrame(callback)
  })
  return function cancel() {
    cancelAnimationFrame(first)
    if (second !== 0) cancelAnimationFrame(second)
  }
}
