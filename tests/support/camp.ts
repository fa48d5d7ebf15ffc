import type { Camp } from '../../src/data/schema'

/**
 * Every field of a valid camp (src/data/schema.ts), with placeholder values: no tier, no
 * figure, no date, one placeholder source. Tests set only the fields they are about.
 */
const PLACEHOLDER: Camp = {
  id: 'test-camp',
  number: 1,
  name: 'Test camp',
  nameJa: 'テスト収容所',
  nameRu: 'Тестовый лагерь',
  aliases: [],
  modernName: 'Test camp',
  modernNameJa: 'テスト収容所',
  region: 'test-region',
  country: 'RU',
  tier: null,
  tierBasis: 'test',
  tierBasisJa: 'テスト',
  detained: null,
  detainedBasis: null,
  detainedBasisJa: null,
  deaths: null,
  deathsBasis: null,
  deathsBasisJa: null,
  campNumbers: [],
  bam: false,
  bamRole: null,
  bamRoleJa: null,
  labor: [],
  laborJa: [],
  opened: null,
  closed: null,
  locationPrecision: 'settlement',
  uncertaintyKm: 5,
  confidence: 'medium',
  sources: ['test-source'],
  notes: '',
  notesJa: '',
  lngLat: [100, 50],
}

/** A complete camp for unit tests: the placeholders above with `overrides` on top. */
export function makeCamp(overrides: Partial<Camp> = {}): Camp {
  return { ...PLACEHOLDER, ...overrides }
}
