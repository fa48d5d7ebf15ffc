import type { BurialKind } from '../data/burial-schema'
import type { Lang } from './lang'
import { localName } from './names'
import { burialLayerText } from './burial-layer-text'

/**
 * The words of the burial-site layer, its card, the camp's list, the region's facts and the
 * search results, in both languages: part of the i18n catalogue, in a module of its own so
 * that it loads with the layer's chunks and not with the first paint (en.ts, ja.ts). Pure.
 */

type Messages = {
  layerName: string
  layerShort: string
  coverage: string
  coverageDetail: string
  coverageShort: string
  kind: Record<BurialKind, string>
  approximate: (km: string) => string
  exactSpot: string
  noPosition: string
  buried: string
  buriedUnknown: string
  whatNumber: string
  camp: string
  campNone: string
  campNumber: string
  region: string
  names: string
  nameEn: string
  nameJa: string
  nameRu: string
  nameRuNone: string
  note: string
  sources: string
  quote: string
  confidence: string
  confidenceLevel: Record<'high' | 'medium' | 'low', string>
  samePlace: string
  close: string
  forCampTitle: string
  forCampNone: string
  forCampShow: string
  forCampShown: string
  notPlaced: string
  regionTitle: (count: number) => string
  regionNumbers: string
  regionNoNumbers: string
  regionNotSummed: string
  loading: string
  failed: string
  markerLabel: (name: string, kind: string) => string
  familiesTitle: string
  familiesSteps: readonly string[]
}

const en: Messages = {
  layerName: burialLayerText('en').layerName,
  layerShort: 'Burial sites',
  coverage:
    '78 places found in our sources (39 with a position). Coverage is uneven: where none is shown, none was found in our sources — that does not mean there is none.',
  coverageShort: 'Where none is shown, none was found in our sources; that does not mean there is none.',
  coverageDetail:
    'Chita Oblast 25, Primorsky Krai 10, Mongolia 8, Irkutsk 6, Khabarovsk 5; others 1–4. Nothing found for Georgia, Krasnogorsk, Ivanovo, Magadan, Sakhalin, the Kurils, Taishet or Barnaul.',
  kind: { 'burial-site': 'Burial site', cemetery: 'Cemetery', 'hospital-burial-ground': 'Hospital burial ground', memorial: 'Memorial' },
  approximate: (km) => `Approximate: within about ${km} km of the point (the source names the town or station, not the exact spot)`,
  exactSpot: 'Position',
  noPosition: 'No position in our sources: not drawn on the map',
  buried: 'Number',
  buriedUnknown: 'No number in our sources',
  whatNumber: 'What the number is',
  camp: 'Camp',
  campNone: 'No source ties it to a camp of this map',
  campNumber: 'Camp, branch or register number',
  region: 'Region (1946)',
  names: 'Names',
  nameEn: 'English',
  nameJa: 'Japanese',
  nameRu: 'Russian',
  nameRuNone: 'not given by the sources',
  note: 'Note',
  sources: 'Sources',
  quote: 'Quote',
  confidence: 'Confidence',
  confidenceLevel: { high: 'high', medium: 'medium', low: 'low' },
  samePlace: 'Also placed at this town',
  close: 'Close',
  forCampTitle: 'Burial sites and memorials tied to this camp',
  forCampNone: 'Our sources tie no burial site or memorial to this camp. That does not mean there is none.',
  forCampShow: 'Show them on the map',
  forCampShown: 'Shown on the map',
  notPlaced: 'no position',
  regionTitle: (count) => `Burial sites and memorials: our sources name ${count} here`,
  regionNumbers: 'Numbers as the sources give them, one site each:',
  regionNoNumbers: 'The sources give no number for these sites.',
  regionNotSummed: 'These are separate counts (buried per a list, remains collected, names on a memorial) and are not added up.',
  loading: 'Loading the burial sites…',
  failed: 'The burial sites could not be loaded.',
  markerLabel: (name, kind) => `${kind}: ${name}`,
  familiesTitle: 'Looking for a relative',
  familiesSteps: [
    'The Ministry of Health, Labour and Welfare publishes the lists of those who died in detention in the former USSR and Mongolia (link below), arranged by region, with each name in Japanese. It also keeps a name index by burial site (ソ連邦及びモンゴル抑留死亡者埋葬地別名簿索引).',
    'If you know the camp or its number (for example "camp 24" or "第24収容所"), type it, or the town, in the search box of this map: it finds camps by their names in English, Japanese and Russian and by their camp numbers.',
    'Turn on "Burial sites and memorials" in the legend to see the burial sites and memorials our sources name, each tied to its camp where a source does so, with the number buried and where that number comes from.',
  ],
}

const ja: Messages = {
  layerName: burialLayerText('ja').layerName,
  layerShort: '埋葬地',
  coverage:
    '出典で確認できた78か所（うち位置のわかるもの39か所）。網羅の度合いは地域によって異なります。表示がない場所は「出典で見つからなかった」ことを意味し、「埋葬地がない」ことを意味しません。',
  coverageShort: '表示がない場所は、出典で見つからなかったという意味で、ないという意味ではありません。',
  coverageDetail:
    'チタ州25、沿海地方10、モンゴル8、イルクーツク6、ハバロフスク5、その他1～4。グルジア、クラスノゴルスク、イヴァノヴォ、マガダン、サハリン、千島、タイシェット、バルナウルでは見つかっていません。',
  kind: { 'burial-site': '埋葬地', cemetery: '墓地', 'hospital-burial-ground': '病院付属墓地', memorial: '慰霊碑' },
  approximate: (km) => `おおよその位置：地点から約${km} km以内（出典は町や駅の名を挙げるのみで、正確な場所は示していません）`,
  exactSpot: '位置',
  noPosition: '出典に位置がないため、地図には描いていません',
  buried: '人数',
  buriedUnknown: '出典に人数の記載なし',
  whatNumber: 'この人数の意味',
  camp: '収容所',
  campNone: 'この地図の収容所に結び付ける出典はありません',
  campNumber: '収容所・支部・登録番号',
  region: '地域（1946年）',
  names: '名称',
  nameEn: '英語',
  nameJa: '日本語',
  nameRu: 'ロシア語',
  nameRuNone: '出典に記載なし',
  note: '注記',
  sources: '出典',
  quote: '引用',
  confidence: '確度',
  confidenceLevel: { high: '高', medium: '中', low: '低' },
  samePlace: '同じ町に置かれたほかの場所',
  close: '閉じる',
  forCampTitle: 'この収容所に結び付く埋葬地・慰霊碑',
  forCampNone: 'この収容所に結び付く埋葬地・慰霊碑は出典に見つかっていません。ないという意味ではありません。',
  forCampShow: '地図に表示する',
  forCampShown: '地図に表示中',
  notPlaced: '位置不明',
  regionTitle: (count) => `埋葬地・慰霊碑：出典はここで${count}か所を挙げています`,
  regionNumbers: '出典の示す人数（それぞれ1か所の数字）：',
  regionNoNumbers: 'これらの場所について出典は人数を示していません。',
  regionNotSummed: 'それぞれ別の数え方（名簿上の埋葬者、収骨数、慰霊碑の銘名）のため、合計していません。',
  loading: '埋葬地を読み込んでいます…',
  failed: '埋葬地を読み込めませんでした。',
  markerLabel: (name, kind) => `${kind}：${name}`,
  familiesTitle: 'ご家族を探す',
  familiesSteps: [
    '厚生労働省は、旧ソ連・モンゴルで抑留中に亡くなった方の名簿を地域別に公開しています（下のリンク）。埋葬地別の名簿索引（ソ連邦及びモンゴル抑留死亡者埋葬地別名簿索引）もあります。',
    '収容所の名前や番号（例：「第24収容所」「camp 24」）がわかれば、この地図の検索欄に入力してください。収容所名（日本語・英語・ロシア語）、町の名前、収容所番号で探せます。',
    '凡例の「埋葬地・慰霊碑」をオンにすると、出典に挙がる埋葬地と慰霊碑が表示されます。出典が収容所に結び付けている場合はその収容所と、埋葬者数とその数字の出どころも示します。',
  ],
}

export function burialMessages(lang: Lang): Messages {
  return lang === 'ja' ? ja : en
}

/** What a site's number is, in the reader's language. */
export function buriedWhat(site: { buriedWhat: string; buriedWhatJa: string }, lang: Lang): string {
  return lang === 'ja' ? site.buriedWhatJa : site.buriedWhat
}

/** A site's name in the reader's language. */
export function siteName(site: { name: string; nameJa: string }, lang: Lang): string {
  return localName(site, lang)
}
