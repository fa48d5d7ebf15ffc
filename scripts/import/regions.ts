import type { AreaSlug, Region } from '../../src/data/schema'

/**
 * The 1946 administrative units of the camps (geodata/regions.json) and the mapping from
 * the reference table's region_1946 strings to them. A string such as
 * "Amur Oblast (Khabarovsk Krai)" means the unit Amur Oblast, then part of Khabarovsk
 * Krai. `partOf` names the krai an oblast or autonomous oblast belonged to, or the union
 * republic for units outside the RSFSR; RSFSR units directly under the RSFSR have null.
 */

export type AreaInfo = { slug: AreaSlug; nameEn: string; nameJa: string; nameRu: string }

export const AREAS: readonly AreaInfo[] = [
  { slug: 'far-east', nameEn: 'Far East', nameJa: '極東', nameRu: 'Дальний Восток' },
  { slug: 'eastern-siberia', nameEn: 'Eastern Siberia', nameJa: '東シベリア', nameRu: 'Восточная Сибирь' },
  { slug: 'western-siberia', nameEn: 'Western Siberia', nameJa: '西シベリア', nameRu: 'Западная Сибирь' },
  { slug: 'european-ussr', nameEn: 'European USSR and the Urals', nameJa: 'ソ連ヨーロッパ部・ウラル', nameRu: 'Европейская часть СССР и Урал' },
  { slug: 'caucasus', nameEn: 'Caucasus', nameJa: 'コーカサス', nameRu: 'Кавказ' },
  { slug: 'central-asia', nameEn: 'Central Asia', nameJa: '中央アジア', nameRu: 'Средняя Азия и Казахстан' },
  { slug: 'mongolia', nameEn: "Mongolian People's Republic", nameJa: 'モンゴル人民共和国', nameRu: 'Монгольская Народная Республика' },
]

const KAZ = 'Kazakh SSR'
const UZB = 'Uzbek SSR'
const UKR = 'Ukrainian SSR'

export const REGIONS: readonly Region[] = [
  { slug: 'primorsky-krai', nameEn: 'Primorsky Krai', nameJa: '沿海地方', nameRu: 'Приморский край', area: 'far-east', kind: 'krai', partOf: null, note: null },
  {
    slug: 'khabarovsk-krai', nameEn: 'Khabarovsk Krai', nameJa: 'ハバロフスク地方', nameRu: 'Хабаровский край', area: 'far-east', kind: 'krai', partOf: null,
    note: 'In 1946 the krai also contained Amur Oblast, the Jewish AO, Sakhalin and South Sakhalin Oblasts, and the Kolyma, where Magadan was Dalstroy territory (reference table: "Khabarovsk Krai (Dalstroy territory)").',
  },
  {
    slug: 'amur-oblast', nameEn: 'Amur Oblast', nameJa: 'アムール州', nameRu: 'Амурская область', area: 'far-east', kind: 'oblast', partOf: 'Khabarovsk Krai',
    note: 'Krasnaya Zarya (BAM camp No. 6) is placed here after a regional source; Bystrov attributes the camp to Chita Oblast instead.',
  },
  { slug: 'jewish-ao', nameEn: 'Jewish Autonomous Oblast', nameJa: 'ユダヤ自治州', nameRu: 'Еврейская автономная область', area: 'far-east', kind: 'autonomous oblast', partOf: 'Khabarovsk Krai', note: null },
  {
    slug: 'sakhalin-oblast', nameEn: 'Sakhalin Oblast', nameJa: 'サハリン州', nameRu: 'Сахалинская область', area: 'far-east', kind: 'oblast', partOf: 'Khabarovsk Krai',
    note: 'The Soviet northern part of Sakhalin island; the south and the Kurils formed South Sakhalin Oblast.',
  },
  {
    slug: 'south-sakhalin-oblast', nameEn: 'South Sakhalin Oblast', nameJa: '南サハリン州', nameRu: 'Южно-Сахалинская область', area: 'far-east', kind: 'oblast', partOf: 'Khabarovsk Krai',
    note: 'South Sakhalin and the Kuril Islands, taken from Japan in 1945; Japan claims the southern Kurils.',
  },
  { slug: 'chita-oblast', nameEn: 'Chita Oblast', nameJa: 'チタ州', nameRu: 'Читинская область', area: 'eastern-siberia', kind: 'oblast', partOf: null, note: null },
  { slug: 'buryat-mongol-assr', nameEn: 'Buryat-Mongol ASSR', nameJa: 'ブリヤート・モンゴル自治共和国', nameRu: 'Бурят-Монгольская АССР', area: 'eastern-siberia', kind: 'ASSR', partOf: null, note: null },
  { slug: 'irkutsk-oblast', nameEn: 'Irkutsk Oblast', nameJa: 'イルクーツク州', nameRu: 'Иркутская область', area: 'eastern-siberia', kind: 'oblast', partOf: null, note: null },
  { slug: 'krasnoyarsk-krai', nameEn: 'Krasnoyarsk Krai', nameJa: 'クラスノヤルスク地方', nameRu: 'Красноярский край', area: 'eastern-siberia', kind: 'krai', partOf: null, note: null },
  { slug: 'khakas-ao', nameEn: 'Khakas Autonomous Oblast', nameJa: 'ハカス自治州', nameRu: 'Хакасская автономная область', area: 'eastern-siberia', kind: 'autonomous oblast', partOf: 'Krasnoyarsk Krai', note: null },
  { slug: 'altai-krai', nameEn: 'Altai Krai', nameJa: 'アルタイ地方', nameRu: 'Алтайский край', area: 'western-siberia', kind: 'krai', partOf: null, note: null },
  { slug: 'kemerovo-oblast', nameEn: 'Kemerovo Oblast', nameJa: 'ケメロヴォ州', nameRu: 'Кемеровская область', area: 'western-siberia', kind: 'oblast', partOf: null, note: null },
  { slug: 'karaganda-oblast', nameEn: 'Karaganda Oblast', nameJa: 'カラガンダ州', nameRu: 'Карагандинская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'akmolinsk-oblast', nameEn: 'Akmolinsk Oblast', nameJa: 'アクモリンスク州', nameRu: 'Акмолинская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'aktyubinsk-oblast', nameEn: 'Aktyubinsk Oblast', nameJa: 'アクチュビンスク州', nameRu: 'Актюбинская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'east-kazakhstan-oblast', nameEn: 'East Kazakhstan Oblast', nameJa: '東カザフスタン州', nameRu: 'Восточно-Казахстанская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'semipalatinsk-oblast', nameEn: 'Semipalatinsk Oblast', nameJa: 'セミパラチンスク州', nameRu: 'Семипалатинская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'dzhambul-oblast', nameEn: 'Dzhambul Oblast', nameJa: 'ジャンブール州', nameRu: 'Джамбульская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'south-kazakhstan-oblast', nameEn: 'South Kazakhstan Oblast', nameJa: '南カザフスタン州', nameRu: 'Южно-Казахстанская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'taldy-kurgan-oblast', nameEn: 'Taldy-Kurgan Oblast', nameJa: 'タルディ・クルガン州', nameRu: 'Талды-Курганская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'alma-ata-oblast', nameEn: 'Alma-Ata Oblast', nameJa: 'アルマ・アタ州', nameRu: 'Алма-Атинская область', area: 'central-asia', kind: 'oblast', partOf: KAZ, note: null },
  { slug: 'tashkent-oblast', nameEn: 'Tashkent Oblast', nameJa: 'タシケント州', nameRu: 'Ташкентская область', area: 'central-asia', kind: 'oblast', partOf: UZB, note: null },
  { slug: 'fergana-oblast', nameEn: 'Fergana Oblast', nameJa: 'フェルガナ州', nameRu: 'Ферганская область', area: 'central-asia', kind: 'oblast', partOf: UZB, note: null },
  { slug: 'andijan-oblast', nameEn: 'Andijan Oblast', nameJa: 'アンディジャン州', nameRu: 'Андижанская область', area: 'central-asia', kind: 'oblast', partOf: UZB, note: null },
  { slug: 'bukhara-oblast', nameEn: 'Bukhara Oblast', nameJa: 'ブハラ州', nameRu: 'Бухарская область', area: 'central-asia', kind: 'oblast', partOf: UZB, note: null },
  { slug: 'leninabad-oblast', nameEn: 'Leninabad Oblast', nameJa: 'レニナバード州', nameRu: 'Ленинабадская область', area: 'central-asia', kind: 'oblast', partOf: 'Tajik SSR', note: null },
  { slug: 'issyk-kul-oblast', nameEn: 'Issyk-Kul Oblast', nameJa: 'イシク・クル州', nameRu: 'Иссык-Кульская область', area: 'central-asia', kind: 'oblast', partOf: 'Kirghiz SSR', note: null },
  { slug: 'tatar-assr', nameEn: 'Tatar ASSR', nameJa: 'タタール自治共和国', nameRu: 'Татарская АССР', area: 'european-ussr', kind: 'ASSR', partOf: null, note: null },
  { slug: 'moscow-oblast', nameEn: 'Moscow Oblast', nameJa: 'モスクワ州', nameRu: 'Московская область', area: 'european-ussr', kind: 'oblast', partOf: null, note: null },
  { slug: 'ivanovo-oblast', nameEn: 'Ivanovo Oblast', nameJa: 'イヴァノヴォ州', nameRu: 'Ивановская область', area: 'european-ussr', kind: 'oblast', partOf: null, note: null },
  { slug: 'rostov-oblast', nameEn: 'Rostov Oblast', nameJa: 'ロストフ州', nameRu: 'Ростовская область', area: 'european-ussr', kind: 'oblast', partOf: null, note: null },
  { slug: 'stalino-oblast', nameEn: 'Stalino Oblast', nameJa: 'スターリノ州', nameRu: 'Сталинская область', area: 'european-ussr', kind: 'oblast', partOf: UKR, note: 'Today Donetsk Oblast, Ukraine.' },
  { slug: 'kharkov-oblast', nameEn: 'Kharkov Oblast', nameJa: 'ハリコフ州', nameRu: 'Харьковская область', area: 'european-ussr', kind: 'oblast', partOf: UKR, note: null },
  { slug: 'zaporozhye-oblast', nameEn: 'Zaporozhye Oblast', nameJa: 'ザポロジーエ州', nameRu: 'Запорожская область', area: 'european-ussr', kind: 'oblast', partOf: UKR, note: null },
  { slug: 'georgian-ssr', nameEn: 'Georgian SSR', nameJa: 'グルジア・ソビエト社会主義共和国', nameRu: 'Грузинская ССР', area: 'caucasus', kind: 'SSR', partOf: null, note: null },
  { slug: 'mongolia', nameEn: "Mongolian People's Republic", nameJa: 'モンゴル人民共和国', nameRu: 'Монгольская Народная Республика', area: 'mongolia', kind: 'state', partOf: null, note: 'Not part of the USSR; Japanese prisoners were transferred there by the Soviet Union.' },
]

/** region_1946 strings of camps.csv -> region slug. */
export const REGION_BY_REFERENCE: Readonly<Record<string, string>> = {
  'Primorsky Krai': 'primorsky-krai',
  'Khabarovsk Krai': 'khabarovsk-krai',
  'Khabarovsk Krai (Dalstroy territory)': 'khabarovsk-krai',
  'Amur Oblast (Khabarovsk Krai)': 'amur-oblast',
  'Amur Oblast (Khabarovsk Krai); Bystrov: Chita Oblast': 'amur-oblast',
  'Jewish AO (Khabarovsk Krai)': 'jewish-ao',
  'Sakhalin Oblast (Khabarovsk Krai)': 'sakhalin-oblast',
  'South Sakhalin Oblast (Khabarovsk Krai)': 'south-sakhalin-oblast',
  'Chita Oblast': 'chita-oblast',
  'Buryat-Mongol ASSR': 'buryat-mongol-assr',
  'Irkutsk Oblast': 'irkutsk-oblast',
  'Krasnoyarsk Krai': 'krasnoyarsk-krai',
  'Khakas AO (Krasnoyarsk Krai)': 'khakas-ao',
  'Altai Krai': 'altai-krai',
  'Kemerovo Oblast': 'kemerovo-oblast',
  'Karaganda Oblast (Kazakh SSR)': 'karaganda-oblast',
  'Akmolinsk Oblast (Kazakh SSR)': 'akmolinsk-oblast',
  'Aktyubinsk Oblast (Kazakh SSR)': 'aktyubinsk-oblast',
  'East Kazakhstan Oblast (Kazakh SSR)': 'east-kazakhstan-oblast',
  'Semipalatinsk Oblast (Kazakh SSR)': 'semipalatinsk-oblast',
  'Dzhambul Oblast (Kazakh SSR)': 'dzhambul-oblast',
  'South Kazakhstan Oblast (Kazakh SSR)': 'south-kazakhstan-oblast',
  'Taldy-Kurgan Oblast (Kazakh SSR)': 'taldy-kurgan-oblast',
  'Alma-Ata Oblast (Kazakh SSR)': 'alma-ata-oblast',
  'Tashkent Oblast (Uzbek SSR)': 'tashkent-oblast',
  'Fergana Oblast (Uzbek SSR)': 'fergana-oblast',
  'Andijan Oblast (Uzbek SSR)': 'andijan-oblast',
  'Bukhara Oblast (Uzbek SSR)': 'bukhara-oblast',
  'Leninabad Oblast (Tajik SSR)': 'leninabad-oblast',
  'Issyk-Kul Oblast (Kirghiz SSR)': 'issyk-kul-oblast',
  'Tatar ASSR': 'tatar-assr',
  'Moscow Oblast': 'moscow-oblast',
  'Ivanovo Oblast': 'ivanovo-oblast',
  'Rostov Oblast': 'rostov-oblast',
  'Stalino Oblast (Ukrainian SSR)': 'stalino-oblast',
  'Kharkov Oblast (Ukrainian SSR)': 'kharkov-oblast',
  'Zaporozhye Oblast (Ukrainian SSR)': 'zaporozhye-oblast',
  'Georgian SSR': 'georgian-ssr',
  "Mongolian People's Republic": 'mongolia',
}

/** country_today strings of camps.csv -> ISO 3166-1 alpha-2. */
export const COUNTRY_BY_REFERENCE: Readonly<Record<string, string>> = {
  Russia: 'RU',
  'Russia (claimed by Japan)': 'RU',
  Kazakhstan: 'KZ',
  Uzbekistan: 'UZ',
  Kyrgyzstan: 'KG',
  Tajikistan: 'TJ',
  Ukraine: 'UA',
  Georgia: 'GE',
  Mongolia: 'MN',
}
