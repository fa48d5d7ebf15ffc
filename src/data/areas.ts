/** The map's seven areas (regions.json `areas`), in the order the filter lists them. */
export const areaSlugs = [
  'far-east',
  'eastern-siberia',
  'western-siberia',
  'european-ussr',
  'caucasus',
  'central-asia',
  'mongolia',
] as const

export type AreaSlug = (typeof areaSlugs)[number]
