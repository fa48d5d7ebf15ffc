// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMapOverlays, MapOverlaysProvider, useMapOverlayRef } from './map-overlays'
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

afterEach(() => {
  document.body.replaceChildren()
})

function element(): HTMLElement {
  const el = document.createElement('div')
  document.body.append(el)
  return el
}

describe('the map overlays registry', () => {
  it('holds the registered elements in document order, whatever the order they came in', () => {
    const overlays = createMapOverlays()
    const first = element()
    const second = element()
    overlays.add(second, 'camp-detail')
    overlays.add(first, 'legend')
    expect(overlays.elements()).toEqual([first, second])
    expect(overlays.elementOf('camp-detail')).toBe(second)
    expect(overlays.elementOf('site-card')).toBeNull()
  })

  it('forgets an element when its removal is called, and only then', () => {
    const overlays = createMapOverlays()
    const legend = element()
    const panel = element()
    overlays.add(legend, 'legend')
    const remove = overlays.add(panel, 'camp-detail')
    expect(overlays.elements()).toHaveLength(2)
    remove()
    expect(overlays.elements()).toEqual([legend])
    expect(overlays.elementOf('camp-detail')).toBeNull()
  })

  it('tells its subscribers of every addition and removal, until they unsubscribe', () => {
    const overlays = createMapOverlays()
    const listener = vi.fn()
    const unsubscribe = overlays.subscribe(listener)
    const remove = overlays.add(element(), 'legend')
    expect(listener).toHaveBeenCalledTimes(1)
    remove()
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
    overlays.add(element(), 'legend')
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('keeps two pages apart: an element registered in one is not in the other', () => {
    const one = createMapOverlays()
    const other = createMapOverlays()
    one.add(element(), 'legend')
    expect(other.elements()).toEqual([])
  })
})

describe('useMapOverlayRef', () => {
  function Panel({ shown }: { shown: boolean }) {
    const ref = useMapOverlayRef('camp-detail')
    return shown ? <section ref={ref} data-testid="panel" /> : null
  }

  it('registers its element while it is mounted', async () => {
    const overlays = createMapOverlays()
    const host = element()
    const root = createRoot(host)
    const render = (shown: boolean) =>
      root.render(
        <MapOverlaysProvider value={overlays}>
          <Panel shown={shown} />
        </MapOverlaysProvider>,
      )
    await act(async () => render(true))
    expect(overlays.elementOf('camp-detail')).toBe(host.querySelector('section'))
    await act(async () => render(false))
    expect(overlays.elements()).toEqual([])
    await act(async () => root.unmount())
  })

  it('says where it is missing when used outside a provider', async () => {
    const root = createRoot(element())
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(act(async () => root.render(<Panel shown />))).rejects.toThrow(/MapOverlaysProvider/)
    errors.mockRestore()
  })
})
