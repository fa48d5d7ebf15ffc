import { describe, expect, it } from 'vitest'
import { offsetsWithin } from './marker-grid'

/** The lattice points within `radius`, sorted by the rule written out: nearest, then right, then below. */
function byTheRule(radius: number, step: number): number[] {
  const n = Math.floor(radius / step)
  const list: [number, number, number][] = []
  for (let j = -n; j <= n; j += 1) {
    for (let i = -n; i <= n; i += 1) {
      const d = (i * step) ** 2 + (j * step) ** 2
      if ((i !== 0 || j !== 0) && d <= radius * radius) list.push([i * step, j * step, d])
    }
  }
  list.sort((a, b) => a[2] - b[2] || b[0] - a[0] || b[1] - a[1])
  return list.flatMap(([dx, dy]) => [dx, dy])
}

describe('offsetsWithin', () => {
  it.each([
    [144, 6],
    [36, 12],
    [100, 1],
    [7.5, 3],
    [200, 12],
  ])('lists the lattice offsets within %d px (step %d) nearest first, then right, then below', (radius, step) => {
    expect(Array.from(offsetsWithin(radius, step))).toEqual(byTheRule(radius, step))
  })

  it('starts with the four nearest neighbours, right, below, above, left', () => {
    expect(Array.from(offsetsWithin(10, 5).slice(0, 8))).toEqual([5, 0, 0, 5, 0, -5, -5, 0])
  })
})
