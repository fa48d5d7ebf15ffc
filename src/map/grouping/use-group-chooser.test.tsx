// @vitest-environment happy-dom
import * as L from 'leaflet'
import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadGeodata } from '../../../tests/support/geodata'
import type { Camp } from '../../data/schema'
import type { GroupActivation } from './group-marker'
import { useGroupChooser } from './use-group-chooser'
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/**
 * The chooser of a group whose camps never separate (two camps at one place): Escape closes
 * it and gives focus back to the group's marker; when a redraw replaced that marker, to the
 * marker that shows the group's first camp now, as the camp layer says (`focusCamp`), never
 * to an element found by searching the document.
 */

const template = loadGeodata().dataset.camps[0]!
const CAMPS: Camp[] = ['t-1', 't-2'].map((id, i) => ({ ...template, id, number: i + 1, name: `Camp ${id}`, lngLat: [100, 48] }))
const TEXT = { label: (names: string[]) => names.join(', '), chooserTitle: (n: number) => `${String(n)} camps`, close: 'Close' }

let map: L.Map
let root: Root
let host: HTMLElement
/** What the harness's hook returned last. */
const hook: { activate: (activation: GroupActivation) => void } = { activate: () => undefined }
const focusCamp = vi.fn<(id: string) => void>()

function Harness() {
  const chooser = useGroupChooser({
    map,
    camps: CAMPS,
    text: TEXT,
    nameOf: (camp) => camp.name,
    onSelect: () => undefined,
    focusAfterZoom: () => undefined,
    focusCamp,
  })
  const { activate } = chooser
  useEffect(() => {
    hook.activate = activate
  }, [activate])
  return chooser.chooser
}

beforeEach(async () => {
  host = document.createElement('div')
  const container = document.createElement('div')
  Object.defineProperty(container, 'clientWidth', { value: 800 })
  Object.defineProperty(container, 'clientHeight', { value: 600 })
  host.append(container)
  document.body.append(host)
  map = L.map(container).setView([48, 100], 6)
  root = createRoot(document.createElement('div'))
  await act(async () => root.render(<Harness />))
})

afterEach(async () => {
  await act(async () => root.unmount())
  map.remove()
  document.body.replaceChildren()
  focusCamp.mockReset()
})

/** Activates the group of both camps from `element` and waits for its chooser to show. */
async function openChooser(element: HTMLElement): Promise<HTMLElement> {
  // The rule and the list load on demand: both chunks come inside act(), as in the browser they come before the next frame.
  await act(async () => {
    hook.activate({ ids: ['t-1', 't-2'], element, viaKeyboard: true, point: { x: 400, y: 300 } })
    await import('./group-activation')
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
  await act(async () => {
    await import('./GroupChooser')
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
  const chooser = host.querySelector<HTMLElement>('[data-testid="group-chooser"]')
  if (chooser === null) throw new Error('the chooser did not open')
  return chooser
}

async function pressEscape(chooser: HTMLElement): Promise<void> {
  await act(async () => chooser.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })))
}

describe('the group chooser', () => {
  it('gives focus back to its group marker when that marker is still on the map', async () => {
    const marker = document.createElement('div')
    marker.tabIndex = 0
    map.getContainer().append(marker)
    await pressEscape(await openChooser(marker))
    expect(document.activeElement).toBe(marker)
    expect(focusCamp).not.toHaveBeenCalled()
    expect(host.querySelector('[data-testid="group-chooser"]')).toBeNull()
  })

  it('asks the camp layer for the marker of its first camp when a redraw replaced the group marker', async () => {
    const replaced = document.createElement('div')
    // A stray element marked like a group marker, outside the map: nothing searches the document.
    const stray = document.createElement('div')
    stray.tabIndex = 0
    stray.dataset.campIds = 't-1 t-2'
    document.body.append(stray)
    await pressEscape(await openChooser(replaced))
    expect(focusCamp).toHaveBeenCalledWith('t-1')
    expect(document.activeElement).not.toBe(stray)
  })
})
