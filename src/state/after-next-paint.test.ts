// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFakeFrameTimers } from '../../tests/support/frame-timers'
import { afterNextPaint } from './after-next-paint'

beforeEach(useFakeFrameTimers)
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** A page out of view: frame callbacks are taken and never run. */
function paintsNoFrame(): void {
  vi.stubGlobal('requestAnimationFrame', () => 1)
  vi.stubGlobal('cancelAnimationFrame', () => undefined)
}

describe('afterNextPaint', () => {
  it('runs once after the next frame, not again when the longest wait has passed', () => {
    const callback = vi.fn()
    afterNextPaint(callback, 100)
    expect(callback).not.toHaveBeenCalled()
    vi.advanceTimersByTime(40)
    expect(callback).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(200)
    expect(callback).toHaveBeenCalledTimes(1)
  })

  it('runs after the longest wait where no frame comes (a page or frame out of view)', () => {
    paintsNoFrame()
    const callback = vi.fn()
    afterNextPaint(callback, 100)
    vi.advanceTimersByTime(99)
    expect(callback).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(callback).toHaveBeenCalledTimes(1)
  })

  it('waits for a frame however long without a longest wait, and runs nothing once cancelled', () => {
    paintsNoFrame()
    const waiting = vi.fn()
    afterNextPaint(waiting)
    const cancelled = vi.fn()
    afterNextPaint(cancelled, 100)()
    vi.advanceTimersByTime(10_000)
    expect(waiting).not.toHaveBeenCalled()
    expect(cancelled).not.toHaveBeenCalled()
  })
})
