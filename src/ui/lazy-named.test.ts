import { describe, expect, it } from 'vitest'
import { loadablePart } from './lazy-named'

const Part = () => null

describe('loadablePart', () => {
  it('loads its chunk once, however often it is asked', async () => {
    let calls = 0
    const part = loadablePart(() => {
      calls++
      return Promise.resolve(Part)
    })
    await Promise.all([part.load(), part.load()])
    await part.load()
    expect(calls).toBe(1)
    expect(part.failed()).toBe(false)
  })

  it('says when the chunk failed, and loads it again when asked after a failure', async () => {
    let calls = 0
    const part = loadablePart(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Part)))
    await part.load()
    expect(part.failed()).toBe(true)
    await part.load()
    expect(part.failed()).toBe(false)
    expect(calls).toBe(2)
  })
})
