// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from './ErrorBoundary'

function Crashing(): never {
  throw new Error('the detail panel broke')
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  it('turns a crash below it into a message with a way back, not a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const container = document.createElement('div')
    document.body.appendChild(container)
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
    await act(async () => {
      createRoot(container).render(
        <ErrorBoundary title="Something went wrong." backLabel="Back to the full map">
          <Crashing />
        </ErrorBoundary>,
      )
    })
    const alert = container.querySelector('[role="alert"]')
    expect(alert?.textContent).toContain('Something went wrong.')
    expect(alert?.textContent).toContain('the detail panel broke')
    expect(container.querySelector('a')?.textContent).toBe('Back to the full map')
  })

  it('renders its children when nothing fails', async () => {
    const container = document.createElement('div')
    document.body.appendChild(container)
    await act(async () => {
      createRoot(container).render(
        <ErrorBoundary title="x" backLabel="y">
          <p>map</p>
        </ErrorBoundary>,
      )
    })
    expect(container.innerHTML).toBe('<p>map</p>')
  })
})
