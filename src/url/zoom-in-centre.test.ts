import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freeAfterZoom, zoomInCentre, type Point, type ZoomInFrame } from './zoom-in-centre'

/**
 * Golden files as Turf's: `test/in/zoom-in-*.json` (a frame and the camps' points) →
 * `test/out/zoom-in-*.json` (the centre chosen and the camps in the zoomed free view).
 * `REGEN=1 npx vitest run --project unit src/url/zoom-in-centre.test.ts` rewrites them.
 */
const IN = resolve(import.meta.dirname, 'test/in')
const OUT = resolve(import.meta.dirname, 'test/out')
const REGEN = process.env.REGEN === '1'

type Case = { description: string; frame: ZoomInFrame; points: Point[] }

function inZoomedView(points: readonly Point[], frame: ZoomInFrame, centre: Point): number {
  const r = freeAfterZoom(frame, centre)
  return points.filter((p) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom).length
}

const fixtures = readdirSync(IN)
  .filter((f) => f.startsWith('zoom-in-') && f.endsWith('.json'))
  .sort()

describe('zoomInCentre golden files (src/url/test/in → out)', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5)
  })
  it.each(fixtures)('%s', (name) => {
    const input = JSON.parse(readFileSync(resolve(IN, name), 'utf8')) as Case
    const centre = zoomInCentre(input.points, input.frame)
    const actual = {
      description: input.description,
      centre: { x: Math.round(centre.x * 100) / 100, y: Math.round(centre.y * 100) / 100 },
      movedPx: Math.round(Math.hypot(centre.x - input.frame.width / 2, centre.y - input.frame.height / 2)),
      campsInZoomedView: inZoomedView(input.points, input.frame, centre),
    }
    const outFile = resolve(OUT, name)
    if (REGEN) writeFileSync(outFile, `${JSON.stringify(actual, null, 2)}\n`)
    expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')))
  })
})

describe('zoomInCentre', () => {
  const frame: ZoomInFrame = { width: 1000, height: 800, free: { left: 0, top: 0, right: 1000, bottom: 800 }, scale: 2 }

  it('keeps the centre while a camp stays in view', () => {
    expect(zoomInCentre([{ x: 510, y: 390 }], frame)).toEqual({ x: 500, y: 400 })
  })

  it('keeps the centre with no camp at all', () => {
    expect(zoomInCentre([], frame)).toEqual({ x: 500, y: 400 })
  })

  it('moves toward the nearest camp, which then lies in the central half of the zoomed view', () => {
    const camps = [
      { x: 950, y: 400 },
      { x: 40, y: 40 },
    ]
    const centre = zoomInCentre(camps, frame)
    expect(centre.x).toBeGreaterThan(500)
    expect(centre.y).toBe(400)
    const after = freeAfterZoom(frame, centre)
    // The zoomed view is 500 px wide: its central half is 250 px wide around the new centre.
    expect(camps[0]?.x).toBeGreaterThanOrEqual(after.left + 125)
    expect(camps[0]?.x).toBeLessThanOrEqual(after.right - 125)
  })

  it('ignores a camp under an overlay when another is in the free view', () => {
    const withLegend = { ...frame, free: { left: 300, top: 0, right: 1000, bottom: 800 } }
    const centre = zoomInCentre(
      [
        { x: 100, y: 400 },
        { x: 990, y: 700 },
      ],
      withLegend,
    )
    expect(centre.x).toBeGreaterThan(500)
    expect(centre.y).toBeGreaterThan(400)
  })

  it('property: after any number of clicks from a random view, a camp stays in the zoomed view', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (let run = 0; run < 200; run++) {
      const width = 300 + Math.floor(random() * 1200)
      const height = 300 + Math.floor(random() * 700)
      const free = {
        left: random() * width * 0.3,
        top: random() * height * 0.3,
        right: width * (0.7 + random() * 0.3),
        bottom: height * (0.7 + random() * 0.3),
      }
      let points: Point[] = Array.from({ length: 1 + Math.floor(random() * 20) }, () => ({
        x: free.left + random() * (free.right - free.left),
        y: free.top + random() * (free.bottom - free.top),
      }))
      const f: ZoomInFrame = { width, height, free, scale: 2 }
      for (let click = 0; click < 6; click++) {
        const centre = zoomInCentre(points, f)
        expect(inZoomedView(points, f, centre), `run ${String(run)}, click ${String(click)}`).toBeGreaterThan(0)
        // The camps in the new view's pixels (the new centre at the container's centre).
        points = points.map((p) => ({ x: width / 2 + (p.x - centre.x) * 2, y: height / 2 + (p.y - centre.y) * 2 }))
      }
    }
  })
})
