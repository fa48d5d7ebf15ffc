import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { boxesOverlap, labelBoxAt, placeLabels, type LabelCandidate, type Obstacle } from './place-labels'

function label(id: string, x: number, y: number, priority: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { id, kind: 'camp', anchor: { x, y }, variants: [{ text: id, width: 40, height: 14 }], priority, ...extra }
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its anchor, gap pixels away', () => {
    const { placed, dropped } = placeLabels([label('a', 100, 100, 1, { gap: 8 })], [])
    expect(dropped).toEqual([])
    expect(placed).toEqual([
      { id: 'a', kind: 'camp', text: 'a', variant: 0, position: 'right', box: { left: 108, top: 93, right: 148, bottom: 107 }, dot: false },
    ])
  })

  it('lets the higher priority win and moves the other label to a free side', () => {
    // b's right side is a's right side: a (higher) takes it, b goes left.
    const { placed } = placeLabels([label('b', 100, 100, 1, { gap: 6 }), label('a', 100, 100, 5, { gap: 6 })], [])
    expect(placed.map((p) => [p.id, p.position])).toEqual([
      ['a', 'right'],
      ['b', 'left'],
    ])
  })

  it('drops the lower priority label when no side is free', () => {
    const wall: Obstacle[] = [{ box: { left: 0, top: 0, right: 90, bottom: 300 } }, { box: { left: 110, top: 0, right: 300, bottom: 300 } }]
    const { placed, dropped } = placeLabels(
      [label('low', 100, 150, 1, { positions: ['right', 'left'] }), label('high', 100, 150, 2, { positions: ['above'] })],
      wall,
    )
    expect(placed).toEqual([])
    expect(dropped).toEqual(['high', 'low'])
  })

  it('camp labels (higher priority) are never displaced by town labels', () => {
    const town: LabelCandidate = { ...label('chita-town', 100, 100, 1), kind: 'town', positions: ['right'] }
    const camp: LabelCandidate = { ...label('chita-camp', 100, 100, 10), positions: ['right'] }
    const { placed, dropped } = placeLabels([town, camp], [])
    expect(placed.map((p) => p.id)).toEqual(['chita-camp'])
    expect(dropped).toEqual(['chita-town'])
  })

  it('respects obstacles, except the candidate’s own marker', () => {
    const own: Obstacle = { box: { left: 95, top: 95, right: 115, bottom: 105 }, owner: 'a' }
    const other: Obstacle = { box: { left: 95, top: 95, right: 115, bottom: 105 }, owner: 'b' }
    expect(placeLabels([label('a', 100, 100, 1, { positions: ['right'] })], [own]).placed).toHaveLength(1)
    expect(placeLabels([label('a', 100, 100, 1, { positions: ['right'] })], [other]).placed).toHaveLength(0)
  })

  it('falls back to a shorter variant ("12") when the name does not fit', () => {
    const c = label('a', 100, 100, 1, {
      variants: [
        { text: '12 Chita', width: 60, height: 14 },
        { text: '12', width: 16, height: 14 },
      ],
      positions: ['right'],
    })
    const obstacle: Obstacle = { box: { left: 130, top: 90, right: 200, bottom: 110 } }
    const { placed } = placeLabels([c], [obstacle])
    expect(placed.map((p) => [p.text, p.variant])).toEqual([['12', 1]])
  })

  it('keeps labels inside the bounds', () => {
    const { placed } = placeLabels([label('edge', 290, 100, 1)], [], { bounds: { left: 0, top: 0, right: 300, bottom: 300 } })
    expect(placed[0]?.position).toBe('left')
  })

  it('reserves a town dot: no later label covers it', () => {
    const town: LabelCandidate = { ...label('town', 100, 100, 5), kind: 'town', anchorRadius: 3, gap: 5 }
    const camp = label('camp', 60, 100, 1, { positions: ['right'] })
    const { placed } = placeLabels([town, camp], [])
    expect(placed.map((p) => p.id)).toEqual(['town'])
  })

  it('drops a town whose dot a camp marker covers, or lies outside the view: no label without its dot', () => {
    const marker: Obstacle = { box: { left: 90, top: 90, right: 110, bottom: 110 }, owner: 'camp' }
    const town: LabelCandidate = { ...label('town', 100, 100, 5), kind: 'town', anchorRadius: 3, gap: 5 }
    expect(placeLabels([town], [marker]).dropped).toEqual(['town'])
    const outside = placeLabels([{ ...town, anchor: { x: -2, y: 100 } }], [], { bounds: { left: 0, top: 0, right: 300, bottom: 300 } })
    expect(outside.dropped).toEqual(['town'])
  })

  it('drops a candidate whose anchor is not a finite point', () => {
    expect(placeLabels([label('nan', Number.NaN, 0, 1)], []).dropped).toEqual(['nan'])
  })

  it('keeps every side and diagonal clear of a marker whose half-size is under the gap', () => {
    const marker = { left: 94, top: 94, right: 106, bottom: 106 }
    for (const position of ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'] as const) {
      expect(boxesOverlap(labelBoxAt({ x: 100, y: 100 }, { width: 30, height: 14 }, position, 8), marker), position).toBe(false)
    }
  })

  it('centres a region name on its anchor', () => {
    expect(labelBoxAt({ x: 100, y: 50 }, { width: 80, height: 20 }, 'center', 0)).toEqual({ left: 60, top: 40, right: 140, bottom: 60 })
  })

  const candidateArb = fc.record({
    x: fc.integer({ min: 0, max: 400 }),
    y: fc.integer({ min: 0, max: 400 }),
    w: fc.integer({ min: 8, max: 120 }),
    h: fc.integer({ min: 10, max: 24 }),
    priority: fc.integer({ min: 0, max: 5 }),
    kind: fc.constantFrom('camp' as const, 'town' as const, 'region' as const),
  })
  const obstacleArb = fc.record({
    x: fc.integer({ min: 0, max: 400 }),
    y: fc.integer({ min: 0, max: 400 }),
    s: fc.integer({ min: 4, max: 30 }),
  })

  it('never places two overlapping labels, nor a label over an obstacle (property)', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 60 }), fc.array(obstacleArb, { maxLength: 30 }), (cs, os) => {
        const candidates: LabelCandidate[] = cs.map((c, i) => ({
          id: `c${i}`,
          kind: c.kind,
          anchor: { x: c.x, y: c.y },
          variants: [{ text: 'x', width: c.w, height: c.h }],
          priority: c.priority,
          gap: 6,
        }))
        const obstacles: Obstacle[] = os.map((o) => ({ box: { left: o.x, top: o.y, right: o.x + o.s, bottom: o.y + o.s } }))
        const { placed, dropped } = placeLabels(candidates, obstacles)
        expect(placed.length + dropped.length).toBe(candidates.length)
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false)
          for (const o of obstacles) expect(boxesOverlap(a.box, o.box)).toBe(false)
        }
      }),
      { numRuns: 200, seed: 42 },
    )
  })

  it('is deterministic, and a placed label is never blocked by a lower priority one (property)', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 40 }), (cs) => {
        const candidates: LabelCandidate[] = cs.map((c, i) => ({
          id: `c${i}`,
          kind: c.kind,
          anchor: { x: c.x, y: c.y },
          variants: [{ text: 'x', width: c.w, height: c.h }],
          priority: c.priority,
        }))
        const first = placeLabels(candidates, [])
        expect(placeLabels(candidates, [])).toEqual(first)
        // Removing every candidate of lower priority than the top one never changes where the top ones go.
        const top = Math.max(...candidates.map((c) => c.priority), 0)
        const onlyTop = placeLabels(
          candidates.filter((c) => c.priority === top),
          [],
        )
        expect(onlyTop.placed).toEqual(first.placed.filter((p) => candidates.find((c) => c.id === p.id)?.priority === top))
      }),
      { numRuns: 200, seed: 7 },
    )
  })
})
