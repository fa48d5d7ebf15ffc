import { describe, expect, it } from 'vitest'
import { formatGeodata, roundCoordinate } from './format'

const camp = {
  properties: { notes: 'n', id: 'a', number: 1, name: 'A' },
  geometry: { coordinates: [131.1234567, 43.1], type: 'Point' },
  id: 'a',
  type: 'Feature',
}

describe('formatGeodata', () => {
  const text = formatGeodata({ features: [camp, camp], type: 'FeatureCollection', metadata: { date: 'd', title: 't' } })
  const lines = text.split('\n')

  it('writes one feature per line with keys in canonical order', () => {
    expect(lines[0]).toBe('{')
    expect(lines[1]).toBe('  "type": "FeatureCollection",')
    expect(lines[2]).toBe('  "metadata": {"title":"t","date":"d"},')
    expect(lines[3]).toBe('  "features": [')
    expect(lines[4]).toBe(
      '    {"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[131.123457,43.1]},"properties":{"id":"a","number":1,"name":"A","notes":"n"}},',
    )
    expect(lines[5]?.endsWith('}}')).toBe(true)
    expect(lines.slice(6)).toEqual(['  ]', '}', ''])
  })

  it('is idempotent', () => {
    expect(formatGeodata(JSON.parse(text))).toBe(text)
  })

  it('writes sources and regions one entry per line, in schema key order', () => {
    const sources = formatGeodata({ sources: [{ usedFor: 'u', id: 'x', title: 't' }] })
    expect(sources).toBe('{\n  "sources": [\n    {"id":"x","title":"t","usedFor":"u"}\n  ]\n}\n')
    const regions = formatGeodata({ regions: [{ slug: 'r' }], areas: [{ nameEn: 'A', slug: 'a' }] })
    expect(regions).toBe('{\n  "areas": [\n    {"slug":"a","nameEn":"A"}\n  ],\n  "regions": [\n    {"slug":"r"}\n  ]\n}\n')
  })

  it('writes polygon collections on one line', () => {
    const outline = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
      ],
    }
    const out = formatGeodata(outline)
    expect(out.split('\n')).toHaveLength(2)
  })

  it('keeps non-ASCII text as it is', () => {
    expect(formatGeodata({ sources: [{ id: 'x', url: 'https://perceptiotr.com/Лагерь_№_380' }] })).toContain('Лагерь_№_380')
  })
})

describe('roundCoordinate', () => {
  it('rounds to 6 decimals and never writes -0', () => {
    expect(roundCoordinate(1.23456789)).toBe(1.234568)
    expect(roundCoordinate(-0.0000001)).toBe(0)
    expect(Object.is(roundCoordinate(-0.0000001), -0)).toBe(false)
  })
})
