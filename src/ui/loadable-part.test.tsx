// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { loadablePart } from './lazy-named'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function Shown({ text }: { text: string }) {
  return <b>{text}</b>
}

describe('loadablePart in a page', () => {
  it('renders nothing until its chunk has come, then the part; `use` re-renders its caller when it comes', async () => {
    let arrive: (part: typeof Shown) => void = () => undefined
    const part = loadablePart(() => new Promise<typeof Shown>((resolve) => (arrive = resolve)))
    function Page() {
      const came = part.use(true)
      return (
        <p data-came={String(came)}>
          <part.Part text="Taishet" />
        </p>
      )
    }
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    await act(async () => root.render(<Page />))
    expect(container.innerHTML).toBe('<p data-came="false"></p>')
    await act(async () => arrive(Shown))
    expect(container.innerHTML).toBe('<p data-came="true"><b>Taishet</b></p>')
    act(() => root.unmount())
  })
})
