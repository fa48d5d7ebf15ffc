import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ja } from '../../src/i18n/ja'
import {
  avoidedForms,
  breakdowns,
  checkJaTexts,
  disallowedLatin,
  formatProblem,
  namesOfSource,
  outsideQuotes,
  type JaText,
  type StyleSheet,
} from './japanese-style'

const sheet = JSON.parse(readFileSync('docs/style-ja.json', 'utf8')) as StyleSheet
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

type Source = { id: string; author: string; url: string | null; citationJa?: string }
type Feature = { id?: string; properties: Record<string, unknown> }
const sources = (read('geodata/sources.json') as { sources: Source[] }).sources
const sourceNames = new Map(sources.map((s) => [s.id, namesOfSource(s)]))

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Every Japanese text of the data, with file, item and field. */
function dataTexts(): JaText[] {
  const texts: JaText[] = []
  const camps = (read('geodata/camps.geojson') as { features: Feature[] }).features
  for (const { properties: p } of camps) {
    const ownNames = new Set(stringsOf(p.sources).flatMap((id) => sourceNames.get(id) ?? []))
    for (const [field, value] of Object.entries(p)) {
      if (!field.endsWith('Ja')) continue
      stringsOf(value).forEach((text, i) =>
        texts.push({
          file: 'geodata/camps.geojson',
          item: String(p.id),
          field: Array.isArray(value) ? `${field}[${i}]` : field,
          text,
          ownNames,
        }),
      )
    }
  }
  const regions = read('geodata/regions.json') as { areas: Record<string, unknown>[]; regions: Record<string, unknown>[] }
  for (const r of [...regions.areas, ...regions.regions]) {
    for (const field of ['nameJa', 'partOfJa']) {
      for (const text of stringsOf(r[field])) texts.push({ file: 'geodata/regions.json', item: String(r.slug), field, text })
    }
  }
  for (const file of [
    'geodata/towns.geojson',
    'geodata/bam-line.geojson',
    'geodata/railways-1940s.geojson',
    'geodata/burial-sites.geojson',
  ]) {
    for (const f of (read(file) as { features: Feature[] }).features) {
      const item = String(f.properties.id ?? f.id ?? f.properties.name)
      // A burial site's Japanese prose too: what its number is, and its note.
      for (const field of ['nameJa', 'buriedWhatJa', 'noteJa'] as const)
        for (const text of stringsOf(f.properties[field])) texts.push({ file, item, field, text })
    }
  }
  for (const s of sources) {
    if (s.citationJa !== undefined)
      texts.push({ file: 'geodata/sources.json', item: s.id, field: 'citationJa', text: s.citationJa, ownNames: new Set(namesOfSource(s)) })
  }
  const walk = (file: string, value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(file, v, `${path}[${i}]`))
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (typeof v === 'string' && /^(ja|noteJa|notesJa|disagreementJa)$/.test(k)) texts.push({ file, item: path, field: k, text: v })
        else walk(file, v, path === '' ? k : `${path}.${k}`)
      }
    }
  }
  walk('geodata/history.json', read('geodata/history.json'), '')
  walk('geodata/region-facts.json', read('geodata/region-facts.json'), '')
  return texts
}

const interfaceTexts: JaText[] = Object.entries(ja).map(([key, text]) => ({ file: 'src/i18n/ja.ts', item: key, field: 'message', text }))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'test' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : []
  })
}

describe('the checks themselves', () => {
  it('finds Latin words outside the allowlist, addresses and a source’s own names', () => {
    const entry = (text: string, ownNames?: Set<string>): JaText => ({ file: 'f', item: 'x', field: 'notesJa', text, ownNames })
    expect(disallowedLatin(entry('（Tomita 2016）によれば、NKVD/MVDの12 km先'), sheet)).toEqual(['Tomita'])
    expect(disallowedLatin(entry('カラガンダ州（当時はKazakh SSRの一部）'), sheet)).toEqual(['Kazakh', 'SSR'])
    expect(disallowedLatin(entry('（mytashkent.uz）、{km}km'), sheet)).toEqual([])
    // An address with its path is one address; a slash between two words is not an address.
    expect(disallowedLatin(entry('（issuu.com/nash_dom-tatarstan）'), sheet)).toEqual([])
    expect(disallowedLatin(entry('Tomita/Nimmo'), sheet)).toEqual(['Tomita', 'Nimmo'])
    expect(disallowedLatin(entry('（naga0607経由）'), sheet)).toEqual(['naga0607'])
    expect(
      disallowedLatin(
        entry('（naga0607経由）', new Set(namesOfSource({ author: 'x', url: 'http://www3.plala.or.jp/naga0607/r3.htm' }))),
        sheet,
      ),
    ).toEqual([])
  })
  it('names the file, the item and the field', () => {
    const [problem] = checkJaTexts([{ file: 'geodata/camps.geojson', item: 'karaganda', field: 'notesJa', text: 'Tomita' }], sheet)
    expect(formatProblem(problem!)).toMatch(/^geodata\/camps\.geojson: karaganda notesJa: Latin-script word "Tomita"/)
  })
  it('finds a place’s avoided form outside quotations, and the form to use', () => {
    expect(avoidedForms('タイシェトからティンダへ', sheet)).toEqual([{ found: 'タイシェト', use: 'タイシェット' }])
    expect(avoidedForms('タイシェットラーグ、ティンダ', sheet)).toEqual([])
    expect(avoidedForms('記事「タイシェト」による', sheet)).toEqual([])
    expect(outsideQuotes('a「b『c』d」e')).toBe('ae')
    expect(avoidedForms('第99号収容所第1支所', sheet)).toEqual([{ found: '支所', use: '分所' }])
  })
  it('checks that a total adds up to its parts', () => {
    expect(breakdowns('763,380人（帰還208,375人、残留477,898人）')).toEqual([{ total: 763380, sum: 686273, parts: [208375, 477898] }])
    expect(breakdowns('763,380 (208,375 returned, 477,898 remaining and 77,107 dead)')[0]?.sum).toBe(763380)
    expect(breakdowns('66,954人（1946年1月8日付のソ連側報告）')).toEqual([])
  })
})

describe('the Japanese text follows docs/style-ja.md', () => {
  const texts = [...dataTexts(), ...interfaceTexts]
  it('reads every Japanese field (a check over nothing would pass)', () => {
    expect(texts.filter((t) => t.file === 'geodata/camps.geojson').length).toBeGreaterThan(93 * 6)
    expect(new Set(texts.map((t) => t.file)).size).toBe(10)
  })
  it('has no Latin-script word outside the allowlist and one form per place and term', () => {
    expect(checkJaTexts(texts, sheet).map(formatProblem)).toEqual([])
  })
  it('names the union republics in Japanese wherever a region was part of one', () => {
    const regions = (read('geodata/regions.json') as { regions: { slug: string; partOf: string | null; partOfJa?: string | null }[] })
      .regions
    expect(regions.filter((r) => (r.partOf === null) !== (r.partOfJa === null || r.partOfJa === undefined)).map((r) => r.slug)).toEqual([])
  })
  it('uses the one form of each place in the interface code and the image renderer too', () => {
    const files = sourceFiles('src')
    expect(files.some((f) => f.startsWith(join('src', 'render-image')))).toBe(true)
    const found = files.flatMap((file) =>
      sheet.places.flatMap((p) =>
        p.avoid.filter((v) => readFileSync(file, 'utf8').includes(v)).map((v) => `${file}: "${v}" (use "${p.use}")`),
      ),
    )
    expect(found).toEqual([])
  })
})

describe('the history’s totals add up', () => {
  const history = read('geodata/history.json') as { figures: { en: string; ja: string }[] }
  const all = history.figures.flatMap((f) => [...breakdowns(f.en), ...breakdowns(f.ja)])
  it('in both languages', () => {
    expect(all.length).toBeGreaterThanOrEqual(2)
    expect(all.filter((b) => b.total !== b.sum)).toEqual([])
  })
  it('gives the same breakdown in English and in Japanese', () => {
    for (const f of history.figures) expect(breakdowns(f.ja).map((b) => b.parts)).toEqual(breakdowns(f.en).map((b) => b.parts))
  })
})
