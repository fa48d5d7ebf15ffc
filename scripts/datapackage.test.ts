import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GEODATA_DIR } from './lib/paths'

/**
 * geodata/datapackage.json (Frictionless Data Package) must describe every file of
 * geodata/ and every field of every record, with the right type: a field added to the data
 * without a word in the package fails here, and so does a described field the data lacks.
 */

type Field = {
  name: string
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object'
  description: string
  constraints?: { required?: boolean; enum?: readonly string[] }
}
type Resource = {
  name: string
  path: string
  format: string
  licenses?: readonly { name: string }[]
  'x-records': string
  schema: { fields: readonly Field[]; primaryKey?: readonly string[] }
}
type DataPackage = { version: string; licenses: readonly { name: string }[]; resources: readonly Resource[] }

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(GEODATA_DIR, file), 'utf8'))
const pkg = readJson('datapackage.json') as DataPackage
const NOT_DATA = new Set(['README.md', 'datapackage.json'])

/**
 * The records a resource describes (`x-records`): `$` the whole document as one record,
 * `features[].properties`, or `<path>[]` an array at a dotted path (`repatriation.rows[]`).
 */
function recordsOf(resource: Resource): Record<string, unknown>[] {
  const doc = readJson(resource.path) as Record<string, unknown>
  const where = resource['x-records']
  if (where === '$') return [doc]
  const [path = ''] = where.split('[]')
  const list = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc)
  if (!Array.isArray(list)) throw new Error(`${resource.path}: no array at ${where}`)
  return where === 'features[].properties'
    ? list.map((f) => (f as { properties: Record<string, unknown> }).properties)
    : (list as Record<string, unknown>[])
}

function typeOk(value: unknown, type: Field['type']): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
  }
}

/** Every mismatch between a resource's schema and its records, as `<resource> <record id>: <reason>`. */
function schemaProblems(resource: Resource): string[] {
  const fields = new Map(resource.schema.fields.map((f) => [f.name, f]))
  const problems: string[] = []
  recordsOf(resource).forEach((record, i) => {
    const id = String(record.id ?? record.slug ?? record.year ?? i)
    for (const key of Object.keys(record)) if (!fields.has(key)) problems.push(`${resource.name} ${id}: field ${key} is not described`)
    for (const field of fields.values()) {
      const value = record[field.name]
      if (value === undefined || value === null) {
        if (field.constraints?.required) problems.push(`${resource.name} ${id}: required field ${field.name} is missing`)
        continue
      }
      if (!typeOk(value, field.type)) problems.push(`${resource.name} ${id}: ${field.name} is not of type ${field.type}`)
      const allowed = field.constraints?.enum
      if (allowed && !allowed.includes(String(value)))
        problems.push(`${resource.name} ${id}: ${field.name} is not one of ${allowed.join(', ')}`)
    }
  })
  return problems
}

describe('geodata/datapackage.json', () => {
  it('lists every data file of geodata/ and no file that is not there', () => {
    const files = readdirSync(GEODATA_DIR)
      .filter((f) => !NOT_DATA.has(f))
      .sort()
    const described = [...new Set(pkg.resources.map((r) => r.path))].sort()
    expect(described).toEqual(files)
  })

  it('licenses the data under CC BY 4.0, as the camps metadata says', () => {
    const camps = readJson('camps.geojson') as { metadata: { license: string; version: string } }
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0'])
    expect(camps.metadata.license).toBe('CC-BY-4.0')
    for (const r of pkg.resources) expect(r.licenses?.map((l) => l.name) ?? ['CC-BY-4.0'], r.name).toContain(pkg.licenses[0]?.name)
  })

  it('carries the data version of camps.geojson', () => {
    const camps = readJson('camps.geojson') as { metadata: { version: string } }
    expect(pkg.version).toBe(camps.metadata.version)
  })

  it.each(pkg.resources.map((r) => [r.name, r] as const))('describes every field of %s with its type', (_name, resource) => {
    expect(resource.schema.fields.length).toBeGreaterThan(0)
    for (const f of resource.schema.fields) expect(f.description.length, `${resource.name}.${f.name}`).toBeGreaterThan(0)
    expect(schemaProblems(resource)).toEqual([])
  })

  it('catches an undescribed field and a wrongly typed one', () => {
    const camps = pkg.resources.find((r) => r.name === 'camps')
    if (!camps) throw new Error('no camps resource')
    const withoutNotes = { ...camps, schema: { fields: camps.schema.fields.filter((f) => f.name !== 'notes') } }
    expect(schemaProblems(withoutNotes)[0]).toMatch(/field notes is not described/)
    const numberAsString = {
      ...camps,
      schema: { fields: camps.schema.fields.map((f) => (f.name === 'number' ? { ...f, type: 'string' as const } : f)) },
    }
    expect(schemaProblems(numberAsString)[0]).toMatch(/number is not of type string/)
  })
})
