import type { Lang } from './lang'

/** The few words the legend's switch needs at first paint (the rest load with the layer). */
const text = {
  en: {
    layerName: 'Burial sites and memorials',
    coverage:
      '78 places found in our sources (39 with a position). Coverage is uneven: where none is shown, none was found in our sources — that does not mean there is none.',
    coverageShort: 'Where none is shown, none was found in our sources; that does not mean there is none.',
  },
  ja: {
    layerName: '埋葬地・慰霊碑',
    coverage:
      '出典で確認できた78か所（うち位置のわかるもの39か所）。網羅の度合いは地域によって異なります。表示がない場所は「出典で見つからなかった」ことを意味し、「埋葬地がない」ことを意味しません。',
    coverageShort: '表示がない場所は、出典で見つからなかったという意味で、ないという意味ではありません。',
  },
} as const

export function burialLayerText(lang: Lang): (typeof text)[Lang] {
  return text[lang]
}
