import type { Lang } from './lang'

/**
 * The one word the legend's switch needs at first paint: the layer's name. The rest of the
 * layer's words (what it covers, said beside the switch while it is on) load with the layer
 * (burial-messages.ts).
 */
const text = {
  en: { layerName: 'Burial sites and memorials' },
  ja: { layerName: '埋葬地・慰霊碑' },
} as const

export function burialLayerText(lang: Lang): (typeof text)[Lang] {
  return text[lang]
}
