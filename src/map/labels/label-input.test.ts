import { describe, expect, it } from 'vitest'
import { buildLabelInput, centroid, labelKey, type At, type CampAnchor, type TownAnchor } from './label-input'
import { placeLabels } from './place-labels'

const measure = (_font: string, text: string) => text.length * 7
const camp = (id: string, x: number, y: number, extra: Partial<CampAnchor> = {}): At<CampAnchor> => ({
  id,
  lngLat: [0, 0],
  number: 12,
  name: 'Chita',
  color: '#000',
  markerSizePx: 12,
  markerPriority: 3,
  x,
  y,
  ...extra,
})
const town = (id: string, rank: number, x: number, y: number): At<TownAnchor> => ({ id, lngLat: [0, 0], name: id, rank, x, y })

describe('buildLabelInput', () => {
  const base = { camps: [], otherMarkers: [], towns: [], region: null, overlays: [], zoom: 4, selectedId: null, measure }

  it('labels camps by number at the default view and by number and name from zoom 5', () => {
    expect(buildLabelInput({ ...base, camps: [camp('a', 10, 10)] }).candidates[0]?.variants.map((v) => v.text)).toEqual(['#12'])
    expect(buildLabelInput({ ...base, zoom: 5, camps: [camp('a', 10, 10)] }).candidates[0]?.variants.map((v) => v.text)).toEqual([
      '#12 Chita',
      '#12',
    ])
  })

  it('keeps each camp marker as an obstacle that only its own label may touch', () => {
    const { obstacles } = buildLabelInput({ ...base, camps: [camp('a', 10, 10, { offsetX: 9 })] })
    expect(obstacles).toEqual([{ box: { left: 13, top: 4, right: 25, bottom: 16 }, owner: labelKey('camp', 'a') }])
  })

  it('shows towns by rank for the zoom', () => {
    const towns = [town('big', 1, 0, 0), town('camp-town', 2, 50, 50), town('other', 3, 100, 100)]
    const ids = (zoom: number) => buildLabelInput({ ...base, zoom, towns }).candidates.map((c) => c.id)
    expect(ids(4)).toEqual(['town:big'])
    expect(ids(5)).toEqual(['town:big', 'town:camp-town'])
    expect(ids(7)).toEqual(['town:big', 'town:camp-town', 'town:other'])
  })

  it('lets a camp label win over a town at the same place (the town, its dot covered, is not named), and the selected camp over others', () => {
    const input = buildLabelInput({
      ...base,
      zoom: 5,
      camps: [camp('a', 100, 100), camp('b', 100, 100)],
      towns: [town('Chita', 1, 100, 100)],
      selectedId: 'b',
    })
    const { placed } = placeLabels(input.candidates, input.obstacles)
    expect(placed[0]?.id).toBe('camp:b')
    expect(placed.map((p) => p.id)).toContain('camp:a')
    expect(placed.some((p) => p.kind === 'town')).toBe(false)
  })

  it('centres the region name on the centroid of the camps shown', () => {
    expect(
      centroid([
        [110, 50],
        [114, 54],
      ]),
    ).toEqual([112, 52])
    expect(centroid([])).toBeNull()
    const input = buildLabelInput({ ...base, region: { id: 'chita-oblast', lngLat: [112, 52], text: 'Chita Oblast', x: 300, y: 200 } })
    expect(input.candidates[0]).toMatchObject({ id: 'region:chita-oblast', kind: 'region', anchor: { x: 300, y: 200 } })
    expect(input.candidates[0]?.positions?.[0]).toBe('center')
  })
})
