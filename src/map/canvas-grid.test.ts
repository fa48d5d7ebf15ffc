import { describe, expect, it } from 'vitest'
import { buildPointGrid, hitTestGrid } from './canvas-grid'

function grid(points: [number, number, number][], width = 200, height = 100) {
  const xs = Float64Array.from(points.map((p) => p[0]))
  const ys = Float64Array.from(points.map((p) => p[1]))
  const radii = Float64Array.from(points.map((p) => p[2]))
  return buildPointGrid(xs, ys, radii, points.length, width, height, 32)
}

describe('hitTestGrid', () => {
  it('finds the point under the pointer, within its radius plus the tolerance', () => {
    const g = grid([
      [10, 10, 6],
      [100, 50, 13],
    ])
    expect(hitTestGrid(g, 12, 11)).toBe(0)
    expect(hitTestGrid(g, 10 + 6 + 3, 10)).toBe(0)
    expect(hitTestGrid(g, 10 + 6 + 4, 10)).toBe(-1)
    expect(hitTestGrid(g, 112, 50)).toBe(1)
    expect(hitTestGrid(g, 60, 80)).toBe(-1)
  })
  it('finds a point whose centre is in the neighbouring cell', () => {
    const g = grid([[30, 30, 13]])
    expect(hitTestGrid(g, 44, 30)).toBe(0)
  })
  it('prefers the point drawn last (on top) where symbols overlap', () => {
    const g = grid([
      [50, 50, 13],
      [54, 50, 6],
      [150, 50, 6],
    ])
    expect(hitTestGrid(g, 53, 50)).toBe(1)
    expect(hitTestGrid(g, 42, 50)).toBe(0)
  })
  it('ignores points outside the canvas and pointers outside it', () => {
    const g = grid([
      [-40, 10, 6],
      [10, 10, 6],
    ])
    expect(hitTestGrid(g, -40, 10)).toBe(-1)
    expect(hitTestGrid(g, 500, 500)).toBe(-1)
    expect(hitTestGrid(g, 10, 10)).toBe(1)
  })
  it('agrees with a brute-force search on many random points', () => {
    let seed = 3
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const points = Array.from({ length: 500 }, (): [number, number, number] => [rand() * 200, rand() * 100, 4 + rand() * 9])
    const g = grid(points)
    for (let k = 0; k < 300; k += 1) {
      const x = rand() * 200
      const y = rand() * 100
      let expected = -1
      points.forEach(([px, py, r], i) => {
        if ((px - x) ** 2 + (py - y) ** 2 <= (r + 3) ** 2) expected = i
      })
      expect(hitTestGrid(g, x, y)).toBe(expected)
    }
  })
})
