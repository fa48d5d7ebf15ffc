import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { bundledGeodataProblems, readBundledFiles, type BundledFiles } from './bundled-geodata-check'
import { datasetFromBundledJson } from '../../src/data/bundled-dataset'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const real = readBundledFiles(ROOT)

type Collection = { features: { properties: Record<string, unknown> }[] }

/** A deep copy of the real files with one change made to the copy. */
function changed(edit: (files: BundledFiles) => void): BundledFiles {
  const copy = structuredClone(real)
  edit(copy)
  return copy
}

describe('the build check of the bundled geodata', () => {
  it('passes the committed geodata, which the browser then reads without zod into the same camps', () => {
    expect(bundledGeodataProblems(real)).toEqual([])
    const { dataset, rejected, metadata } = datasetFromBundledJson(real.camps, real.regions, real.sources, real.bam)
    expect(dataset.camps.length).toBe((real.camps as Collection).features.length)
    expect(rejected).toEqual([])
    expect(metadata?.version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('names the camp and the reason when a feature is malformed', () => {
    const files = changed((f) => {
      const first = (f.camps as Collection).features[0]
      if (first) first.properties.tier = 7
    })
    const [problem] = bundledGeodataProblems(files)
    expect(problem).toMatch(/^[a-z0-9-]+: properties\.tier/)
  })

  it('fails when a text would be trimmed by the validator, so the plain reading would differ', () => {
    const files = changed((f) => {
      const first = (f.camps as Collection).features[0]
      if (first) first.properties.name = ` ${String(first.properties.name)} `
    })
    expect(bundledGeodataProblems(files)).toEqual([expect.stringMatching(/reads differently without the validator/)])
  })

  it('fails when the region facts do not parse to themselves', () => {
    const files = changed((f) => {
      ;(f.regionFacts as { entries: unknown[] }).entries.push({ places: [] })
    })
    expect(bundledGeodataProblems(files)[0]).toMatch(/^region-facts\.json: /)
  })
})

describe('the build check of the bundled burial sites', () => {
  it('names a burial site citing a camp that does not exist', () => {
    const files = changed((f) => {
      const first = (f.burials as Collection).features[0]
      if (first) first.properties.camp = 'atlantis'
    })
    expect(bundledGeodataProblems(files)).toEqual([expect.stringContaining('unknown camp "atlantis"')])
  })
})
