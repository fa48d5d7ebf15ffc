import { afterEach, describe, expect, it, vi } from 'vitest'
import type L from 'leaflet'
import type { Feature } from 'geojson'
import { addEachInSlices, addInSlices } from './add-in-slices'

function features(n: number): Feature[] {
  return Array.from({ length: n }, (_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [i, 0] } }))
}

/** A layer that records what it was given; each feature "takes" 2 ms of the fake clock. */
function recordingLayer(clock: { now: number }) {
  const added: number[] = []
  const layer = {
    addData(feature: Feature) {
      added.push((feature.properties as { i: number }).i)
      clock.now += 2
      return layer
    },
  }
  return { layer: layer as unknown as L.GeoJSON, added }
}

/** Fake timers, and a clock for `performance.now()` that only the recording layers move. */
function fakeClock(): { now: number } {
  vi.useFakeTimers()
  const clock = { now: 0 }
  vi.spyOn(performance, 'now').mockImplementation(() => clock.now)
  return clock
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('addInSlices', () => {
  it('adds every feature in order, a slice of about 5 ms per task, then calls onDone', () => {
    const clock = fakeClock()
    const { layer, added } = recordingLayer(clock)
    const done = vi.fn()
    addInSlices(layer, { type: 'FeatureCollection', features: features(10) }, done)
    // The first slice runs at once and stops when it has taken 5 ms or more (3 features).
    expect(added).toEqual([0, 1, 2])
    expect(done).not.toHaveBeenCalled()
    vi.advanceTimersToNextTimer()
    expect(added).toEqual([0, 1, 2, 3, 4, 5])
    vi.runAllTimers()
    expect(added).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(done).toHaveBeenCalledTimes(1)
  })

  it('stops adding when stopped, keeping what was added', () => {
    const clock = fakeClock()
    const { layer, added } = recordingLayer(clock)
    const done = vi.fn()
    const stop = addInSlices(layer, features(10), done)
    stop()
    vi.runAllTimers()
    expect(added).toEqual([0, 1, 2])
    expect(done).not.toHaveBeenCalled()
  })

  it('calls onDone at once for no features', () => {
    const { layer, added } = recordingLayer({ now: 0 })
    const done = vi.fn()
    addInSlices(layer, [], done)
    expect(added).toEqual([])
    expect(done).toHaveBeenCalledTimes(1)
  })
})

describe('addEachInSlices', () => {
  it('adds the parts in turn, all of one before the next, then calls onDone', () => {
    const clock = fakeClock()
    const order: string[] = []
    const first = recordingLayer(clock)
    const second = recordingLayer(clock)
    const tag = (name: string, rec: ReturnType<typeof recordingLayer>) => ({
      layer: {
        addData(feature: Feature) {
          order.push(`${name}${(feature.properties as { i: number }).i}`)
          return rec.layer.addData(feature)
        },
      } as unknown as L.GeoJSON,
      data: features(4),
    })
    const done = vi.fn()
    addEachInSlices([tag('a', first), tag('b', second)], done)
    vi.runAllTimers()
    expect(order).toEqual(['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3'])
    expect(done).toHaveBeenCalledTimes(1)
  })

  it('stops the part being added, also after an empty part finished at once', () => {
    const clock = fakeClock()
    const empty = recordingLayer(clock)
    const rivers = recordingLayer(clock)
    const done = vi.fn()
    const stop = addEachInSlices(
      [
        { layer: empty.layer, data: [] },
        { layer: rivers.layer, data: features(10) },
      ],
      done,
    )
    expect(rivers.added).toEqual([0, 1, 2])
    stop()
    vi.runAllTimers()
    expect(rivers.added).toEqual([0, 1, 2])
    expect(done).not.toHaveBeenCalled()
  })
})
