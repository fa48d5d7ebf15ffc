// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useValueAfterPaint } from './use-value-after-paint'
import { useFakeFrameTimers } from '../../tests/support/frame-timers'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function Shown({ value }: { value: string }) {
  const later = useValueAfterPaint(value, 300)
  return (
    <p>
      {value}/{later}
    </p>
  )
}

let container: HTMLElement
let root: Root

beforeEach(() => {
  useFakeFrameTimers()
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
  vi.useRealTimers()
})

describe('useValueAfterPaint', () => {
  it('has the first value at once, and a new one only after the next frame and an idle moment', () => {
    act(() => root.render(<Shown value="all" />))
    expect(container.textContent).toBe('all/all')
    act(() => root.render(<Shown value="chita" />))
    expect(container.textContent).toBe('chita/all')
    act(() => {
      vi.advanceTimersToNextFrame()
    })
    expect(container.textContent).toBe('chita/all')
    act(() => {
      vi.advanceTimersByTime(300)
    })
    expect(container.textContent).toBe('chita/chita')
  })

  it('skips a value that a newer one replaced before it was shown', () => {
    act(() => root.render(<Shown value="all" />))
    act(() => root.render(<Shown value="chita" />))
    act(() => root.render(<Shown value="chi" />))
    act(() => {
      vi.advanceTimersToNextFrame()
    })
    act(() => {
      vi.advanceTimersByTime(300)
    })
    expect(container.textContent).toBe('chi/chi')
  })
})
