import { describe, expect, it } from 'vitest'
import { bamCampNumbers, isOffLine, offLineReason } from './bam-text'

describe('isOffLine', () => {
  it('is off the line beyond 100 km or beyond the camp’s own radius, whichever is larger', () => {
    expect(isOffLine({ offLineKm: 388 }, { uncertaintyKm: 50 })).toBe(true)
    expect(isOffLine({ offLineKm: 60 }, { uncertaintyKm: 25 })).toBe(false)
    expect(isOffLine({ offLineKm: 120 }, { uncertaintyKm: 150 })).toBe(false)
  })
})

describe('offLineReason', () => {
  const notes =
    'Bystrov places camp No. 8 in Irkutsk Oblast. Off the mainline: the point lies about 390 km from the section. The BAM label probably reflects its parent organisation.'
  it('takes the notes’ own explanation', () => {
    expect(offLineReason({ notes, notesJa: notes }, 'en')?.text).toBe(
      'the point lies about 390 km from the section. The BAM label probably reflects its parent organisation.',
    )
  })
  it('uses the Japanese explanation when there is one, else says English only', () => {
    const notesJa = 'ブイストロフは第8収容所をイルクーツク州に置く。本線から外れている理由: 地点は区間から約390 km離れている。'
    expect(offLineReason({ notes, notesJa }, 'ja')).toEqual({ text: '地点は区間から約390 km離れている。', lang: 'ja', englishOnly: false })
    expect(offLineReason({ notes, notesJa: notes }, 'ja')?.englishOnly).toBe(true)
  })
  it('is null for a camp whose notes give none', () => {
    expect(offLineReason({ notes: 'On the line.', notesJa: '路線上。' }, 'en')).toBeNull()
  })
})

describe('bamCampNumbers', () => {
  it('lists each number once in numeric order', () => {
    expect(
      bamCampNumbers([
        { campNumbers: ['8'] },
        { campNumbers: [] },
        { campNumbers: ['1'] },
        { campNumbers: ['2', '1'] },
        { campNumbers: ['7'] },
      ]),
    ).toEqual(['1', '2', '7', '8'])
  })
})
