import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { groupMarkers, idsOf, zoomToSeparate, type DrawnMarker, type GroupInput } from './group-markers'

/** Golden cases, as Turf does: test/in/<case>.json → test/out/<case>.json; `REGEN=1` rewrites the outputs. */
const HERE = fileURLToPath(new URL('.', import.meta.url))
const IN = join(HERE, 'test/in')
const OUT = join(HERE, 'test/out')
const REGEN = process.env.REGEN === '1'

type Case = { description: string; minSeparationPx: number; selectedId: string | null; points: GroupInput[] }

function overlaps(a: DrawnMarker, b: DrawnMarker, sep: number): boolean {
  return Math.abs(a.x - b.x) < sep && Math.abs(a.y - b.y) < sep
}

/** The invariants every result must keep, whatever the input. */
function checkInvariants(points: readonly GroupInput[], sep: number, selectedId: string | null, markers: readonly DrawnMarker[]): void {
  const ids = markers.flatMap(idsOf)
  expect([...ids].sort()).toEqual(points.map((p) => p.id).sort())
  for (let i = 0; i < markers.length; i += 1) {
    for (let j = i + 1; j < markers.length; j += 1) {
      const a = markers[i]
      const b = markers[j]
      if (a && b) expect(overlaps(a, b, sep), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false)
    }
  }
  if (selectedId !== null && points.some((p) => p.id === selectedId)) {
    const own = markers.find((m) => m.kind === 'single' && m.id === selectedId)
    const point = points.find((p) => p.id === selectedId)
    expect(own, 'the selected camp has its own marker').toBeDefined()
    expect(own && point && own.x === point.x && own.y === point.y, 'at its own place').toBe(true)
  }
}

describe('groupMarkers golden cases', () => {
  const cases = readdirSync(IN)
    .filter((f) => f.endsWith('.json'))
    .sort()
  it('has cases on disk', () => expect(cases.length).toBeGreaterThanOrEqual(8))
  for (const file of cases) {
    const input = JSON.parse(readFileSync(join(IN, file), 'utf8')) as Case
    it(`${file}: ${input.description}`, () => {
      const markers = groupMarkers(input.points, { minSeparationPx: input.minSeparationPx, selectedId: input.selectedId })
      checkInvariants(input.points, input.minSeparationPx, input.selectedId, markers)
      const outFile = join(OUT, file)
      if (REGEN || !existsSync(outFile)) {
        if (!REGEN) throw new Error(`${outFile} is missing: run with REGEN=1 and review it`)
        mkdirSync(OUT, { recursive: true })
        writeFileSync(outFile, `${JSON.stringify(markers, null, 2)}\n`)
      }
      expect(markers).toEqual(JSON.parse(readFileSync(outFile, 'utf8')))
    })
  }
})

describe('groupMarkers properties', () => {
  const point = fc.record({
    x: fc.integer({ min: 0, max: 400 }),
    y: fc.integer({ min: 0, max: 300 }),
    rank: fc.integer({ min: 0, max: 5 }),
  })
  it('never draws two overlapping markers, loses or repeats no camp, keeps the selected camp on its own', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 80 }), fc.integer({ min: 24, max: 32 }), fc.nat(), (raw, sep, pick) => {
        const points = raw.map((p, i) => ({ ...p, id: `c${i}` }))
        const selectedId = points.length > 0 ? `c${pick % (points.length + 1)}` : null
        checkInvariants(points, sep, selectedId, groupMarkers(points, { minSeparationPx: sep, selectedId }))
      }),
      { numRuns: 300, seed: 42 },
    )
  })
  it('is deterministic and independent of the input order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(point, { maxLength: 40, selector: (p) => `${p.x},${p.y}` }), (raw) => {
        const points = raw.map((p, i) => ({ ...p, rank: i, id: `c${i}` }))
        const a = groupMarkers(points, { minSeparationPx: 28, selectedId: null })
        const b = groupMarkers([...points].reverse(), { minSeparationPx: 28, selectedId: null })
        expect(b).toEqual(a)
      }),
      { numRuns: 100, seed: 7 },
    )
  })
  it('groups 50,000 points quickly', () => {
    const points: GroupInput[] = []
    for (let i = 0; i < 50_000; i += 1) points.push({ id: String(i), x: (i * 7919) % 1500, y: (i * 104729) % 900, rank: i % 5 })
    const start = performance.now()
    const markers = groupMarkers(points, { minSeparationPx: 28, selectedId: '17' })
    expect(performance.now() - start).toBeLessThan(1500)
    expect(markers.flatMap(idsOf).length).toBe(50_000)
  })
})

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
