import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assembleRings, chainLines, parseMultisegment, ringAreaKm2 } from './gmt-dump'

/**
 * Golden tests on real `gmt coast -M` dumps (GMT 6.4.0, GSHHG 2.3.7, low resolution):
 * tests/fixtures/gmt-dump/in/*.txt → out/*.json. `*-lakes-*` inputs are joined into rings,
 * `*-rivers-*` into chains. Regenerate the expected files with `REGEN=1`.
 */

const dir = new URL('../../tests/fixtures/gmt-dump/', import.meta.url)
const inputs = readdirSync(new URL('in/', dir)).filter((f) => f.endsWith('.txt'))

function summarize(name: string, text: string): unknown {
  const segments = parseMultisegment(text)
  const pieces = segments.map((s) => s.coords)
  const round = (n: number): number => Math.round(n * 1e4) / 1e4
  if (name.includes('-lakes-')) {
    const { rings, open } = assembleRings(pieces)
    return {
      pieces: pieces.length,
      open,
      rings: rings.map((r) => ({ vertices: r.length, areaKm2: Math.round(ringAreaKm2(r)), first: r[0]?.map(round) })),
    }
  }
  const chains = chainLines(pieces)
  return {
    pieces: pieces.length,
    levels: [...new Set(segments.map((s) => s.level))],
    chains: chains.map((c) => ({ vertices: c.length, from: c[0]?.map(round), to: c[c.length - 1]?.map(round) })),
  }
}

describe('gmt-dump golden files', () => {
  it('has inputs', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(2)
  })

  it.each(inputs)('%s', (name) => {
    const actual = summarize(name, readFileSync(new URL(`in/${name}`, dir), 'utf8'))
    const outFile = new URL(`out/${name.replace(/\.txt$/, '.json')}`, dir)
    if (process.env.REGEN === '1' || !existsSync(outFile)) writeFileSync(outFile, `${JSON.stringify(actual, null, 2)}\n`)
    expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')))
  })
})
