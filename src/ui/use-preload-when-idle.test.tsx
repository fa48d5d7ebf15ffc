// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFakeFrameTimers } from '../../tests/support/frame-timers'
import { usePreloadWhenIdle } from './lazy-named'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function Preloading({ load }: { load: () => Promise<unknown> }) {
  usePreloadWhenIdle(load)
  return null
}

beforeEach(useFakeFrameTimers)
afterEach(() => {
  vi.useRealTimers()
})

describe('usePreloadWhenIdle', () => {
  it('loads once the browser is idle, not at mount, and a failed load is no error', async () => {
    const load = vi.fn(() => Promise.reject(new Error('chunk failed')))
    const container = document.createElement('div')
    const root = createRoot(container)
    act(() => root.render(<Preloading load={load} />))
    expect(load).not.toHaveBeenCalled()
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5000)
    })
    expect(load).toHaveBeenCalledTimes(1)
    act(() => root.unmount())
  })

  it('loads nothing when unmounted before the browser was idle', async () => {
    const load = vi.fn(() => Promise.resolve())
    const root = createRoot(document.createElement('div'))
    act(() => root.render(<Preloading load={load} />))
    act(() => root.unmount())
    await vi.advanceTimersByTimeAsync(5000)
    expect(load).not.toHaveBeenCalled()
  })
})
