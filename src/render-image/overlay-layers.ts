import type { Feature, FeatureCollection } from 'geojson'
import type { ImageLayers } from './types'

type Named = { name?: string; nameJa?: string }
type TownLike = { nameEn: string; nameJa: string; rank: number; lngLat: readonly [number, number] }

/**
 * The map's extra offline layers as the image renderer takes them: lakes and rivers in one
 * collection, the 1940s railways, and the towns of rank 1 (the regional centres of 1946),
 * which are what a still image at the default scale has room to name.
 */
export function overlayLayers(input: {
  water: { lakes: FeatureCollection; rivers: FeatureCollection } | null
  railways: readonly Feature[] | null
  towns: readonly TownLike[] | null
}): Pick<ImageLayers, 'water' | 'railways' | 'towns'> {
  return {
    water:
      input.water === null
        ? null
        : { type: 'FeatureCollection', features: [...input.water.lakes.features, ...input.water.rivers.features] },
    railways: input.railways === null ? null : { type: 'FeatureCollection', features: [...input.railways] },
    towns:
      input.towns === null
        ? null
        : {
            type: 'FeatureCollection',
            features: input.towns
              .filter((t) => t.rank === 1)
              .map((t): Feature => ({
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [...t.lngLat] },
                properties: { name: t.nameEn, nameJa: t.nameJa } satisfies Named,
              })),
          },
  }
}
