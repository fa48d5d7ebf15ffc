import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import sourcesJson from '../../geodata/sources.json'
import { chartGeometry, type ChartInput } from './chart'
import { bundledHistory, historySourceIds } from './history-data'
import { figuresOf } from './figures'

const history = bundledHistory()
const sourceIds = new Set(sourcesJson.sources.map((s) => s.id))

describe('geodata/history.json', () => {
  it('cites only sources that exist in geodata/sources.json', () => {
    const missing = historySourceIds(history).filter((id) => !sourceIds.has(id))
    expect(missing).toEqual([])
  })

  it('has one row per year 1946–1956, with the reference figures and no invented ones', () => {
    expect(history.repatriation.rows.map((r) => r.year)).toEqual([1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956])
    const known = Object.fromEntries(history.repatriation.rows.filter((r) => r.released !== null).map((r) => [r.year, r.released]))
    expect(known).toEqual({ 1946: 18616, 1947: 166240, 1948: 175000, 1949: 97000, 1950: 1585 })
    for (const row of history.repatriation.rows) if (row.released === null) expect(row.noteEn).not.toBeNull()
  })

  it('writes the same figures in English and Japanese', () => {
    const paragraphs = [...history.story, ...history.figures, history.families]
    for (const p of paragraphs) expect(figuresOf(p.ja), p.en).toEqual(figuresOf(p.en))
    for (const row of history.repatriation.rows) expect(figuresOf(row.noteJa ?? '')).toEqual(figuresOf(row.noteEn ?? ''))
  })

  it('points families to the ministry lists', () => {
    expect(history.families.url).toBe('https://www.mhlw.go.jp/topics/bukyoku/syakai/soren/index.html')
  })
})

describe('chartGeometry', () => {
  const input = JSON.parse(readFileSync(join(__dirname, 'test/in/repatriation.json'), 'utf8')) as ChartInput[]
  const geometry = chartGeometry(input)

  it('matches the golden file (REGEN=1 rewrites it)', () => {
    const out = join(__dirname, 'test/out/repatriation.json')
    const text = `${JSON.stringify(geometry, null, 2)}\n`
    if (process.env.REGEN === '1' || !existsSync(out)) writeFileSync(out, text)
    expect(text).toBe(readFileSync(out, 'utf8'))
  })

  it('draws bars in proportion, on one baseline, and no bar for a year without a figure', () => {
    const bars = geometry.bars.filter((b) => b.kind === 'bar')
    expect(bars).toHaveLength(5)
    for (const b of bars) expect(b.y + b.height).toBeCloseTo(geometry.plot.bottom, 0)
    const tallest = bars.find((b) => b.year === 1948)!
    const first = bars.find((b) => b.year === 1946)!
    expect(first.height / tallest.height).toBeCloseTo(18616 / 175000, 2)
    expect(geometry.bars.filter((b) => b.kind === 'missing').map((b) => b.year)).toEqual([1951, 1952])
    expect(geometry.max).toBeGreaterThanOrEqual(175000)
    for (let i = 1; i < geometry.bars.length; i++)
      expect(geometry.bars[i]!.x).toBeGreaterThan(geometry.bars[i - 1]!.x + geometry.bars[i - 1]!.width)
  })

  it('keeps every bar inside the plot', () => {
    for (const b of geometry.bars) {
      expect(b.x).toBeGreaterThanOrEqual(geometry.plot.left)
      expect(b.x + b.width).toBeLessThanOrEqual(geometry.plot.right + 0.1)
      expect(b.y).toBeGreaterThanOrEqual(geometry.plot.top)
    }
  })
})
