import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { TierKey } from '../../data/tier-key'
import { idsOfPlaced, isNeverGrouped, placeMarkers, type PlacedMarker, type PlacementInput } from './place-markers'

/**
 * Golden placements, as Turf does: test/in/<case>.json → test/out/<case>.json; `REGEN=1`
 * rewrites the outputs. The default-*.json inputs are the 93 camps of geodata/ projected to
 * the map's pixels at the default view of each screen size (as the built app fits it).
 */
const HERE = fileURLToPath(new URL('.', import.meta.url))
const IN = join(HERE, 'test/in')
const OUT = join(HERE, 'test/out')
const REGEN = process.env.REGEN === '1'

type Case = { description: string; separationPx: number; selectedId: string | null; points: PlacementInput[] }

/** The invariants every placement must keep, whatever the input. */
function checkInvariants(
  points: readonly PlacementInput[],
  sep: number,
  selectedId: string | null,
  markers: readonly PlacedMarker[],
): void {
  const ids = markers.flatMap(idsOfPlaced)
  expect([...ids].sort(), 'every camp once').toEqual(points.map((p) => p.id).sort())
  // No two boxes overlap: a grid of the markers, each compared with its neighbour cells only.
  const cells = new Map<string, PlacedMarker[]>()
  for (const m of markers) {
    const key = `${Math.floor(m.x / sep)},${Math.floor(m.y / sep)}`
    cells.set(key, [...(cells.get(key) ?? []), m])
  }
  for (const m of markers) {
    const cx = Math.floor(m.x / sep)
    const cy = Math.floor(m.y / sep)
    for (let dy = -1; dy <= 1; dy += 1) {
      for (let dx = -1; dx <= 1; dx += 1) {
        for (const o of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (o === m) continue
          const overlap = Math.abs(o.x - m.x) < sep && Math.abs(o.y - m.y) < sep
          expect(overlap, `${JSON.stringify(m)} overlaps ${JSON.stringify(o)}`).toBe(false)
        }
      }
    }
  }
  const byId = new Map(points.map((p) => [p.id, p]))
  for (const m of markers) {
    if (m.kind === 'single') {
      const p = byId.get(m.id)
      // Every leader ends at its camp; an undisplaced marker is at its camp.
      expect([m.anchorX, m.anchorY], `${m.id}'s leader ends at its camp`).toEqual([p?.x, p?.y])
      expect(m.displaced, `${m.id} displaced iff moved`).toBe(m.x !== p?.x || m.y !== p.y)
      expect(m.tier).toBe(p?.tier)
      continue
    }
    expect(m.ids.length, 'a group holds at least two camps').toBeGreaterThanOrEqual(2)
    const tiers = m.ids.map((id) => byId.get(id)?.tier)
    for (const id of m.ids) expect(isNeverGrouped(byId.get(id)?.tier ?? 'unknown'), `${id} of tier 1/2 grouped`).toBe(false)
    expect(m.tiers, 'data-tiers: each member tier once, legend order').toEqual(
      (['1', '2', '3', '4', 'unknown'] as TierKey[]).filter((t) => tiers.includes(t)),
    )
    expect(m.tierCounts.reduce((a, b) => a + b, 0)).toBe(m.ids.length)
    if (selectedId !== null) expect(m.ids).not.toContain(selectedId)
  }
  if (selectedId !== null && byId.has(selectedId)) {
    const own = markers.find((m) => m.kind === 'single' && m.id === selectedId)
    expect(own, 'the selected camp has its own marker').toBeDefined()
    expect(own?.kind === 'single' && !own.displaced, 'at its own place').toBe(true)
  }
}

describe('placeMarkers golden cases', () => {
  const cases = readdirSync(IN)
    .filter((f) => f.endsWith('.json'))
    .sort()
  it('has the default views and the hand-made cases on disk', () => {
    expect(cases).toEqual(expect.arrayContaining(['default-1440x900.json', 'default-1024x768.json', 'default-390x844.json']))
    expect(cases.length).toBeGreaterThanOrEqual(8)
  })
  for (const file of cases) {
    const input = JSON.parse(readFileSync(join(IN, file), 'utf8')) as Case
    it(`${file}: ${input.description}`, () => {
      const markers = placeMarkers(input.points, { separationPx: input.separationPx, selectedId: input.selectedId })
      checkInvariants(input.points, input.separationPx, input.selectedId, markers)
      const outFile = join(OUT, file)
      if (REGEN || !existsSync(outFile)) {
        if (!REGEN) throw new Error(`${outFile} is missing: run with REGEN=1 and review it`)
        mkdirSync(OUT, { recursive: true })
        writeFileSync(outFile, `${JSON.stringify(markers, null, 1)}\n`)
      }
      expect(markers).toEqual(JSON.parse(readFileSync(outFile, 'utf8')))
    })
  }
  it('draws every tier-1 and tier-2 camp of the default views as its own marker, leaders short', () => {
    for (const name of ['1440x900', '1024x768', '390x844']) {
      const input = JSON.parse(readFileSync(join(IN, `default-${name}.json`), 'utf8')) as Case
      const markers = placeMarkers(input.points, { separationPx: 28, selectedId: null })
      const big = input.points.filter((p) => isNeverGrouped(p.tier))
      expect(big.length).toBe(13)
      for (const p of big) {
        const own = markers.find((m) => m.kind === 'single' && m.id === p.id)
        expect(own, `${name}: ${p.id}`).toBeDefined()
        if (own?.kind === 'single') expect(Math.hypot(own.x - own.anchorX, own.y - own.anchorY)).toBeLessThanOrEqual(6 * 28)
      }
    }
  })
})

const TIERS: readonly TierKey[] = ['1', '2', '3', '4', 'unknown']

describe('placeMarkers properties', () => {
  const point = fc.record({
    x: fc.integer({ min: 0, max: 400 }),
    y: fc.integer({ min: 0, max: 300 }),
    tier: fc.constantFrom(...TIERS),
  })
  it('never groups tier 1 or 2, overlaps no two boxes, ends every leader at its camp, keeps the selected camp alone', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 80 }), fc.integer({ min: 24, max: 32 }), fc.nat(), (raw, sep, pick) => {
        const points = raw.map((p, i) => ({ ...p, order: i, id: `c${i}` }))
        const selectedId = points.length > 0 ? `c${pick % (points.length + 1)}` : null
        checkInvariants(points, sep, selectedId, placeMarkers(points, { separationPx: sep, selectedId }))
      }),
      { numRuns: 300, seed: 42 },
    )
  })
  it('never displaces a marker into an obstacle (the legend, a panel), and keeps the rules beside one', () => {
    const rect = fc.record({
      left: fc.integer({ min: 0, max: 300 }),
      top: fc.integer({ min: 0, max: 200 }),
      w: fc.integer({ min: 10, max: 100 }),
      h: fc.integer({ min: 10, max: 100 }),
    })
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), rect, (raw, r) => {
        const points = raw.map((p, i) => ({ ...p, order: i, id: `c${i}` }))
        const obstacle = { left: r.left, top: r.top, right: r.left + r.w, bottom: r.top + r.h }
        const markers = placeMarkers(points, { separationPx: 28, selectedId: null, obstacles: [obstacle] })
        checkInvariants(points, 28, null, markers)
        for (const m of markers) {
          if (m.kind !== 'single' || !m.displaced) continue
          const inside = m.x + 14 > obstacle.left && m.x - 14 < obstacle.right && m.y + 14 > obstacle.top && m.y - 14 < obstacle.bottom
          expect(inside, `${m.id} displaced into the obstacle`).toBe(false)
        }
      }),
      { numRuns: 200, seed: 11 },
    )
  })

  it('keeps them with many camps at one place (a pile of tier-1 camps spreads out)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TIERS), { minLength: 1, maxLength: 60 }), (tiers) => {
        const points = tiers.map((tier, i) => ({ id: `p${i}`, x: 0, y: 0, tier, order: i }))
        checkInvariants(points, 28, null, placeMarkers(points, { separationPx: 28, selectedId: null }))
      }),
      { numRuns: 100, seed: 3 },
    )
  })
  it('never groups a pinned camp (the other camps of a link), whatever its tier', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 4 }), (raw, picks) => {
        const points = raw.map((p, i) => ({ ...p, order: i, id: `c${i}` }))
        const pinnedIds = new Set(picks.map((n) => `c${n % points.length}`))
        const markers = placeMarkers(points, { separationPx: 28, selectedId: null, pinnedIds })
        checkInvariants(points, 28, null, markers)
        for (const m of markers) {
          if (m.kind === 'group')
            expect(
              m.ids.filter((id) => pinnedIds.has(id)),
              'a pinned camp in a group',
            ).toEqual([])
        }
      }),
      { numRuns: 200, seed: 5 },
    )
  })
  it('is deterministic and independent of the input order', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 50 }), (raw) => {
        const points = raw.map((p, i) => ({ ...p, order: i, id: `c${i}` }))
        const a = placeMarkers(points, { separationPx: 28, selectedId: null })
        const b = placeMarkers([...points].reverse(), { separationPx: 28, selectedId: null })
        expect(b).toEqual(a)
      }),
      { numRuns: 100, seed: 7 },
    )
  })
  it('places 50,000 points, losing none', () => {
    const points: PlacementInput[] = []
    for (let i = 0; i < 50_000; i += 1)
      points.push({ id: String(i), x: (i * 7919) % 1500, y: (i * 104729) % 900, tier: TIERS[i % 5] ?? 'unknown', order: i })
    const markers = placeMarkers(points, { separationPx: 28, selectedId: '17', maxDisplacePx: 56 })
    expect(markers.flatMap(idsOfPlaced).length).toBe(50_000)
  })
})
