import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from './safe-link'

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://bystrov.ustrcr.cz/tabory/2378')).toBe('https://bystrov.ustrcr.cz/tabory/2378')
    expect(safeHttpUrl('http://example.org/a b')).toBe('http://example.org/a%20b')
  })
  it('refuses every other scheme and non-URLs', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '//evil.example',
      'not a url',
      null,
    ])
      expect(safeHttpUrl(bad)).toBeNull()
  })
})
