import { describe, expect, it } from 'vitest'
import { initialScripts } from './check-size'

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
