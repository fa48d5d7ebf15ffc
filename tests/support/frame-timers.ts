import { vi } from 'vitest'

/**
 * Fakes the clocks that frame-and-idle scheduling uses (`state/after-next-paint.ts`): frame
 * callbacks, idle callbacks, timers and `performance.now()`. Advance with
 * `vi.advanceTimersToNextFrame()` (a frame) and `vi.advanceTimersByTime(ms)` (timers and
 * idle callbacks due by then); undo with `vi.useRealTimers()`.
 */
export function useFakeFrameTimers(): void {
  vi.useFakeTimers({
    toFake: [
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setTimeout',
      'clearTimeout',
      'performance',
    ],
  })
}
