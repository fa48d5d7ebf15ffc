import { describe, expect, it } from 'vitest'
import { aliasKey, figureMismatches, figuresIn } from './japanese-checks'

describe('figuresIn', () => {
  it('takes numbers of three or more digits, with or without thousands commas', () => {
    expect(figuresIn('40,000 POWs on km 5–298 (camp No. 7), 1945–47; 12,271 and 1,025; 001026')).toEqual([
      '40,000',
      '298',
      '1945',
      '12,271',
      '1,025',
      '001026',
    ])
  })

  it('ignores one- and two-digit numbers and full-width digits', () => {
    expect(figuresIn('camp No. 48, 15 camps, 50 km, ４０，０００')).toEqual([])
  })
})

describe('figureMismatches', () => {
  it('compares figures as digit strings, whatever the commas', () => {
    expect(figureMismatches('40,000 POWs in 1945', '1945年に捕虜40000人')).toEqual({ missingInJa: [], notInEn: [] })
  })

  it('reports a figure rewritten in words or changed in translation', () => {
    expect(figureMismatches('40,000 POWs, 1,322 sent', '捕虜4万人、1,332人を送る')).toEqual({
      missingInJa: ['40,000', '1,322'],
      notInEn: ['1,332'],
    })
  })

  it('reports each missing figure once, as the English writes it', () => {
    expect(figureMismatches('12,318 and again 12,318', '')).toEqual({ missingInJa: ['12,318'], notInEn: [] })
  })
})

describe('aliasKey', () => {
  it('folds case, width and surrounding spaces', () => {
    expect(aliasKey(' ＴＡＹＳＨＥＴ ')).toBe(aliasKey('Tayshet'))
    expect(aliasKey('タイシェト')).not.toBe(aliasKey('タイシェット'))
  })
})
