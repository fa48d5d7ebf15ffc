// @vitest-environment happy-dom
import * as L from 'leaflet'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadGeodata } from '../../../tests/support/geodata'
import type { Camp } from '../../data/schema'
import { createLabelLayer, type LabelLayer } from './label-layer'
import { useFakeFrameTimers } from '../../../tests/support/frame-timers'

/**
 * When the label layer places its labels, on a real Leaflet map in happy-dom with the
 * browser's frames and timers faked: a move is labelled before the next paint, a change of
 * data after it (the labels of camps no longer drawn go at once). The camps drawn come as
 * the camp layer tells them: a `drawn` event on the map.
 */

const template = loadGeodata().dataset.camps[0]!
function camp(id: string, number: number, lngLat: [number, number]): Camp {
  return { ...template, id, number, name: `Camp ${id}`, lngLat, tier: 3 }
}
const CAMPS = [camp('a', 1, [96, 50]), camp('b', 2, [104, 52]), camp('c', 3, [100, 47])]

/** What the camp layer fires after a placement in which these camps are drawn on their own. */
function drawn(camps: readonly Camp[]): void {
  map.fire('drawn', { placement: { drawn: { singles: camps.map((c) => ({ id: c.id, lngLat: c.lngLat })), groups: [] } } })
}

let map: L.Map
let container: HTMLElement
let layer: LabelLayer

function campLabels(): string[] {
  return [...container.querySelectorAll<HTMLElement>('[data-label-kind="camp"]')].map((el) => el.dataset.labelId ?? '').sort()
}

/** Runs the frame callbacks (the work before a paint), then the timers after it. */
function paintFrame() {
  vi.advanceTimersToNextFrame()
}
function afterPaint() {
  vi.advanceTimersByTime(1)
}

beforeEach(() => {
  useFakeFrameTimers()
  container = document.createElement('div')
  Object.defineProperty(container, 'clientWidth', { value: 800 })
  Object.defineProperty(container, 'clientHeight', { value: 600 })
  document.body.append(container)
  map = L.map(container, { zoomAnimation: false, fadeAnimation: false, zoomControl: false, attributionControl: false }).setView(
    [50, 100],
    5,
  )
  layer = createLabelLayer()
  layer.addTo(map)
  layer.update({ byId: new Map(CAMPS.map((c) => [c.id, c])), lang: 'en' })
  drawn(CAMPS)
  paintFrame()
  afterPaint()
})

afterEach(() => {
  layer.remove()
  map.remove()
  container.remove()
  vi.useRealTimers()
})

describe('the label layer', () => {
  it('names every camp drawn', () => {
    expect(campLabels()).toEqual(['a', 'b', 'c'])
  })

  it('after a filter, takes the hidden camps’ labels away at once and places the rest after the next paint', () => {
    const before = container.querySelector('[data-label-id="a"]')
    drawn(CAMPS.slice(0, 1))
    expect(campLabels()).toEqual(['a'])
    paintFrame()
    expect(container.querySelector('[data-label-id="a"]')).toBe(before)
    afterPaint()
    expect(campLabels()).toEqual(['a'])
    expect(container.querySelector('[data-label-id="a"]')).not.toBe(before)
  })

  it('after a move, places the labels before the next paint', () => {
    const before = container.querySelector('[data-label-id="a"]')
    map.setView([51, 101], 5, { animate: false })
    paintFrame()
    expect(container.querySelector('[data-label-id="a"]')).not.toBe(before)
  })

  it('does not place labels that a zoom animation hides: its end places them', () => {
    const before = container.querySelector('[data-label-id="a"]')
    drawn(CAMPS.slice(0, 2))
    map.fire('zoomstart')
    paintFrame()
    afterPaint()
    const during = container.querySelector('[data-label-id="a"]')
    expect(during).toBe(before)
    map.fire('zoomend')
    paintFrame()
    expect(container.querySelector('[data-label-id="a"]')).not.toBe(during)
    expect(campLabels()).toEqual(['a', 'b'])
  })
})
