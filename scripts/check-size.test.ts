import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SLACK_BYTES, budgetFor, initialScripts, readBaseline } from './check-size'

describe('initialScripts', () => {
  it('lists the module entry and its preloads, not stylesheets', () => {
    const html = `<script type="module" crossorigin src="./assets/main-B.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/App-0.js">
      <link rel="stylesheet" crossorigin href="./assets/App-C.css">`
    expect(initialScripts(html)).toEqual(['./assets/main-B.js', './assets/App-0.js'])
  })
  it('finds nothing in a page without scripts', () => {
    expect(initialScripts('<p>hi</p>')).toEqual([])
  })
})

describe('the budget', () => {
  it('is the recorded baseline plus 5 KB, so that a regression of more than 5 KB fails', () => {
    const baseline = readBaseline()
    expect(budgetFor(baseline)).toBe(baseline + 5 * 1024)
    expect(budgetFor(baseline) - baseline).toBe(SLACK_BYTES)
  })
  it('refuses a baseline that is not a positive whole number of bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'size-baseline-'))
    try {
      for (const body of ['{}', '{"initialJsGzipBytes": -1}', '{"initialJsGzipBytes": "160000"}', '{"initialJsGzipBytes": 1.5}']) {
        writeFileSync(join(dir, 'b.json'), body)
        expect(() => readBaseline(join(dir, 'b.json')), body).toThrow(/positive integer/)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
