import { describe, expect, it } from 'vitest'
import { zoomToSeparate } from './group-markers'

describe('zoomToSeparate', () => {
  it('finds the first zoom step where the closest pair is a full box apart', () => {
    // 7 px apart at zoom 4: 28 px needs two more levels.
    expect(
      zoomToSeparate(
        [
          { x: 0, y: 0 },
          { x: 7, y: 0 },
        ],
        28,
        4,
        12,
      ),
    ).toBe(6)
    // 10 px: log2(2.8) = 1.49 → 5.5 with quarter steps.
    expect(
      zoomToSeparate(
        [
          { x: 0, y: 0 },
          { x: 0, y: 10 },
        ],
        28,
        4,
        12,
      ),
    ).toBe(5.5)
  })
  it('gives null for camps at the same place or beyond the maximum zoom', () => {
    expect(
      zoomToSeparate(
        [
          { x: 3, y: 3 },
          { x: 3, y: 3 },
        ],
        28,
        4,
        12,
      ),
    ).toBeNull()
    expect(
      zoomToSeparate(
        [
          { x: 0, y: 0 },
          { x: 0.1, y: 0 },
        ],
        28,
        10,
        12,
      ),
    ).toBeNull()
  })
  it('always zooms in by at least one step', () => {
    expect(
      zoomToSeparate(
        [
          { x: 0, y: 0 },
          { x: 27.9, y: 0 },
        ],
        28,
        4,
        12,
      ),
    ).toBe(4.25)
  })
})
