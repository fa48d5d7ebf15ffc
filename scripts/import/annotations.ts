/**
 * Editorial fields that camps.csv does not carry as columns, one entry per row, each
 * taken from the row's own basis texts or from camps-notes.md / history-facts.md:
 * the reader's notes, GUPVI camp numbers, deaths, the BAM role and any radius that
 * differs from the default of its location precision (see geodata/README.md).
 * Nothing here is estimated: a figure appears only where the reference quotes it.
 */

export type CampAnnotation = {
  /** GUPVI (Soviet) camp numbers as digit strings; never the Japanese 1947 table's district numbers. */
  campNumbers: string[]
  notes: string
  /** A death figure the row's own sources give for this camp, district or site. */
  deaths?: { count: number; basis: string }
  /** Why deaths is null, when more can be said than the default sentence. */
  deathsBasis?: string
  bamRole?: string
  /** Only when it differs from the default for the row's location precision; the notes must explain it. */
  uncertaintyKm?: number
}

const TABLE_1947 = 'Japanese Demobilization Agency table'

export const ANNOTATIONS: Readonly<Record<string, CampAnnotation>> = {
  nakhodka: {
    campNumbers: ['380'],
    deaths: { count: 230, basis: `230 dead in the Nakhodka district by 1 Dec 1947, ${TABLE_1947}.` },
    notes:
      'Port on the Sea of Japan. The tier rests on the Japanese table of 1 Dec 1947: 14,410 remaining in the Nakhodka district (7 camps). Caveat: by 1947 Nakhodka was the repatriation transit hub, and that figure includes transit repatriates. A local history piece says about 4,000 were brought to Nakhodka bay, the same as the Soviet plan of 4 Sep 1945. The reference table keeps tier 2 under its rule of the largest actual count, with low confidence. From 1947 the transit camp here was Soviet camp No. 380. The table numbers the district 9; that is the Japanese table\'s own numbering, not a Soviet camp number.',
  },
  tetyukhe: {
    campNumbers: [],
    deaths: { count: 135, basis: `135 dead in the Tetyukhe district (Japanese district no. 10) by 1 Dec 1947, ${TABLE_1947}.` },
    notes:
      'Mining town in Primorye, today Dalnegorsk. The Japanese table of 1 Dec 1947 counts 1,100 remaining in its district (6 camps). The table numbers the district 10; that is not a Soviet camp number. Labour not recorded.',
  },
  suchan: {
    campNumbers: ['11'],
    deaths: { count: 3813, basis: `3,813 dead in the Suchan district by 1 Dec 1947, ${TABLE_1947}.` },
    notes:
      'Coal town in Primorye, today Partizansk. 10,112 remained in the Suchan district (17 camps) on 1 Dec 1947 (Japanese table), consistent with the Soviet plan of September 1945, which sent 15,000. One camp at mine No. 27 held 3,000 (Partizansk local press). Camp administration No. 11.',
  },
  artyom: {
    campNumbers: ['12'],
    deaths: { count: 453, basis: `453 dead in the Artyom district by 1 Dec 1947, ${TABLE_1947}.` },
    notes:
      'Coal town in Primorye. GUPVI camp No. 12 held 10,311 at the early-1946 NKVD mortality check (Bystrov). The Japanese table of 1 Dec 1947 gives 5,308 remaining, after repatriations. The plan of 4 Sep 1945 sent 10,000.',
  },
  vladivostok: {
    campNumbers: ['13'],
    deaths: { count: 1099, basis: `1,099 dead in the Vladivostok district by 1 Dec 1947, ${TABLE_1947}.` },
    notes:
      'Port city. 17,386 remained in the Vladivostok district (26 camps) on 1 Dec 1947 (Japanese table). The figure of 48,000 from September 1945 is a routing plan, not a count. GUPVI camp No. 13 had about 10 branches and special hospital No. 1074.',
  },
  posyet: {
    campNumbers: [],
    deaths: { count: 2300, basis: `2,300 dead in the Posyet district by 1 Dec 1947, ${TABLE_1947}.` },
    notes:
      'Port in southern Primorye. 7,300 remained in the Posyet district (5 camps) on 1 Dec 1947 (Japanese table). The table numbers this district 7, which clashes with Soviet camp No. 7 (Taishet); no Soviet camp number is known for Posyet. The first repatriation group from Krasnoyarsk was sent to Posyet in July 1946.',
  },
  voroshilov: {
    campNumbers: ['14'],
    deaths: { count: 3913, basis: `3,913 dead in the Voroshilov district (61 camps) by 1 Dec 1947, ${TABLE_1947}.` },
    notes:
      'Today Ussuriysk. CONFLICT, unresolved: the Japanese table of 1 Dec 1947 counts 24,975 remaining in a Voroshilov district of 61 camps, which gives tier 1, but Soviet camp No. 14 had only 4,544 in late January 1946 (4,472 in early February). The two probably differ in extent, so the tier has low confidence, and the district\'s death figure covers all 61 camps. The plan of 4 Sep 1945 sent 8,000. Labour: probably coal mines.',
  },
  semyonovka: {
    campNumbers: ['15'],
    deaths: { count: 928, basis: `928 dead in district no. 15 (Semyonovka) by 1 Dec 1947, ${TABLE_1947}.` },
    notes:
      'Today Arsenyev. 2,878 remained in district no. 15 (15 camps) on 1 Dec 1947 (Japanese table). GUPVI camp No. 15 (Bystrov). Timber and wood processing.',
  },
  iman: {
    campNumbers: [],
    deathsBasis:
      'The Japanese table of 1 Dec 1947 has a death figure for the Iman district, but it is cut off in the copy seen; no camp-level death figure is sourced.',
    notes:
      'Today Dalnerechensk. 3,237 remained in the Iman district (20 camps) on 1 Dec 1947 (Japanese table). The table numbers this district 16; Soviet camp No. 16 was Khabarovsk, so 16 is not this camp\'s Soviet number. Labour not recorded.',
  },
  khabarovsk: {
    campNumbers: ['16'],
    deaths: {
      count: 865,
      basis:
        '865 Japanese deaths "in the Khabarovsk camps", MHLW material quoted in Nakamura\'s book (via the Nakamura blog); undated. The MHLW roster\'s 9,520 names at 104 burial sites are for the whole krai and are not used here.',
    },
    notes:
      'Krai capital on the Amur. GUPVI camp No. 16 had at least 21 branches (Sejima Ryuzo was in the 21st). No camp-level headcount was found: the 66,954 in NKVD camps on 1 Jan 1946 are for all of Khabarovsk Krai, and the 20,000 routed here by rail in September 1945 were a plan. The MHLW death roster lists 9,520 names at 104 burial sites for the krai (region-level).',
  },
  vyazemsky: {
    campNumbers: [],
    notes:
      'Vyazemskaya station, today the town of Vyazemsky. A memoir says a POW train arrived on 2 Oct 1945 at a former women\'s convict camp by a brick works. The memoir\'s "ビアゼンスカヤ" is probably Vyazemskaya, but the identification is not certain. No count.',
  },
  obor: {
    campNumbers: ['17'],
    notes:
      'Obor, Lazo district. GUPVI camp No. 17 held Japanese (and German) POWs: timber work and a narrow-gauge forest railway. No count. Approximate point: the settlement, not a known camp site.',
  },
  'komsomolsk-na-amure-1': {
    campNumbers: ['1'],
    bamRole:
      'Camp for one railroad branch (Wikipedia); GUPVI camp No. 1: railway (BAM), industry and housing.',
    notes:
      'Komsomolsk-on-Amur, the first of the two Komsomolsk camps in the list of eight BAM camps. Bystrov\'s entry for GUPVI camp No. 1 gives "more than sixteen thousand" POWs in 14 camp centres, without a date; the tier would be 1 only if the true figure exceeded 20,000. Special hospital No. 893 had 900 beds. About 3,000 malnourished prisoners arrived in September 1945 (Tomita 2016). Drawn at the same point as the second Komsomolsk camp.',
  },
  'komsomolsk-na-amure-2': {
    campNumbers: [],
    bamRole: 'Camp for the other railroad branch (Wikipedia); no separate Soviet camp number found.',
    notes:
      'Wikipedia lists two Komsomolsk-on-Amur camps, one per railroad branch; this is the second. No separate count or camp number was found. Doubt: Bystrov assigns the second large BAM camp (No. 2, about 30,000, building the Komsomolsk–Sovetskaya Gavan line) to Sovetskaya Gavan, so Sovetskaya Gavan may not be a separate ninth site. The Peace Memorial Museum says the Komsomolsk camp merged with "ホルモリン" in 1949, probably Khurmuli (Solnechny district): a candidate seat of this second camp, unverified. Drawn at the same point as the first Komsomolsk camp.',
  },
  'sovetskaya-gavan': {
    campNumbers: ['2'],
    bamRole: 'GUPVI camp No. 2: built the Komsomolsk–Sovetskaya Gavan section of the BAM (Stroitelstvo 500).',
    notes:
      'Port on the Tatar Strait. Bystrov\'s entry for GUPVI camp No. 2 says about 30,000 ("kolem třiceti tisíc") POWs built the Komsomolsk–Sovetskaya Gavan BAM section, with the HQ "probably" at Sovetskaya Gavan; no date. Camp 2 branch 5 had a central hospital at Tumnin village, Vanino district (MHLW remains collection 2006). See the second Komsomolsk camp: the two entries may describe one camp.',
  },
  raychikha: {
    campNumbers: [],
    bamRole: 'One of the eight BAM camps listed by Wikipedia; which BAM works it served is not stated in the sources.',
    notes:
      'Raychikha railroad station; the town of Raychikhinsk lies in today\'s Amur Oblast (the sources write Khabarovsk Krai, to which Amur Oblast then belonged). No archival count was found; a memoir-based manga database says about 8,000, which is not used. The Soviet camp number is not established (possibly the "Far Eastern" camp No. 3, renamed "Bureya" in 1948; unverified). The numbers for Raychikhlag (1938–42, up to about 11,000 convicts) belong to a Gulag camp, not to the POW camp. Off the mainline: the point lies about 175 km from the nearest BAM section drawn on this map (Izvestkovaya–Urgal) and about 280 km from the planned through-route. The sources list Raychikha among the eight BAM camps without saying which BAM works it served, and the work recorded for it (coal mining, earthworks, timber, from a memoir) is local.',
  },
  izvestkovaya: {
    campNumbers: ['4'],
    bamRole: 'GUPVI camp No. 4 (HQ Izvestkovaya station 1946–49): the BAM branch Izvestkovaya–Urgal.',
    notes:
      'Izvestkovaya railway station, today Izvestkovy (Obluchensky District, Jewish AO), start of the BAM branch to Urgal. HQ of GUPVI camp No. 4 in 1946–49 (Bystrov). No actual count: the plan of 4 Sep 1945 routing 35,000 to the station is a plan, not a count. The Jewish AO was then part of Khabarovsk Krai.',
  },
  birobidzhan: {
    campNumbers: [],
    deathsBasis:
      'MHLW material quoted by Nakamura gives 1,400 Japanese deaths for "Birobidzhan", which the reference notes read as probably the whole Jewish AO (including camps 3 and 4). As a probably region-level figure it is not entered as this camp\'s deaths.',
    notes:
      'Capital of the Jewish AO. POW cemeteries in Birobidzhan were GPS-surveyed for the MHLW in 2014. The 1,400 deaths given for "Birobidzhan" are deaths, not a headcount, and probably cover the whole oblast. The Gosarkhiv EAO article is a lead for counts; its available copy is cut after the first screen.',
  },
  'chegdomyn-urgal': {
    campNumbers: [],
    uncertaintyKm: 50,
    notes:
      'Chegdomyn and Urgal, Verkhnebureinsky district, in the area of the Izvestkovaya–Urgal BAM branch. A district local-history page confirms Japanese POWs in the district, without a count or a site. The point is Chegdomyn; the radius of 50 km is the district-level default, because the camp site within the district is not known.',
  },
  'nikolaevsk-na-amure': {
    campNumbers: ['21'],
    notes: 'Port near the mouth of the Amur. GUPVI camp No. 21; only a routing plan of 5,000 (4 Sep 1945) was found, no count.',
  },
  blagoveshchensk: {
    campNumbers: [],
    notes:
      'Capital of Amur Oblast (then part of Khabarovsk Krai). A regional TV report says Japanese officers were housed in a building at Pervomayskaya and Gorkogo streets. No count.',
  },
  okha: {
    campNumbers: ['22'],
    notes:
      'Oil town in northern Sakhalin. GUPVI camp No. 22 had 5 branches for 1,950; 1,965 arrived in late autumn 1945 (Dragunova, State Archive of Sakhalin Oblast), and 1,908 were there in September 1947. Road works and construction.',
  },
  'shumshu-paramushir': {
    campNumbers: ['48'],
    uncertaintyKm: 150,
    notes:
      'Shumshu and Paramushir, the northern Kuril Islands. Kuril camp No. 48 had camps on Kunashir, Shumshu and Paramushir (Bystrov). The counts found are not place-specific: 12,271 in Korea and the Kurils (Feb 1946) and 2,200 internees on the Kurils and Kamchatka (Feb 1947). The point is the Severo-Kurilsk area; the radius of 150 km is chosen to cover both islands, since the camp sites on them are not known. Bystrov has a different camp No. 48 for generals at Lezhnevo (Ivanovo Oblast).',
  },
  kunashir: {
    campNumbers: ['48'],
    uncertaintyKm: 100,
    notes:
      'Kunashir, in the southern Kuril Islands: administered by Russia and claimed by Japan. One of the three camps of Kuril camp No. 48 (memoir evidence cited by Bystrov). No count. The point is the Yuzhno-Kurilsk area; the radius of 100 km is chosen to cover the island, since the camp site is not known.',
  },
  magadan: {
    campNumbers: ['855'],
    notes:
      'Magadan on the Sea of Okhotsk, then Khabarovsk Krai territory administered by Dalstroy. Camp No. 855 had 4 camps (1945 to Sep 1949) and a branch at Khenikandzha. About 4,000 men of the Shumshu garrison were taken to Magadan (Nagase 2018, a chapter title; an approximate figure); Dalstroy had expected 5,000 (Oct 1945).',
  },
  'krasnaya-zarya': {
    campNumbers: ['6'],
    uncertaintyKm: 95,
    bamRole: 'GUPVI camp No. 6: 15,000 POWs finished the BAM branch to Tynda (Bamovskaya–Tynda), per Bystrov.',
    notes:
      'BAM camp No. 6, Bystrov\'s "Buryat-Mongol camp": 15,000 POWs finished the BAM branch to Tynda, with the HQ at Krasnaya Zarya, which Bystrov calls "probably defunct". The settlement is not identified, and three readings disagree. (1) Bystrov puts it in "Chita Oblast on the northern border with the Buryat-Mongol ASSR", which does not fit the Bam–Tynda line, wholly in Amur Oblast. (2) Amurskaya Pravda (2006), a regional history of Bamlag, says the Bam–Tynda branch was built by Bamlag camp departments, one of them with its HQ in the settlement of Krasnaya Zarya. (3) proza.ru puts camp No. 6 in the Mogocha district of Chita Oblast, with branches at Davenda and Boguzey. The point follows the Amur source, the only one that names and places the settlement and that agrees with Bystrov\'s description of the work: it is the midpoint of the Bamovskaya–Tynda line, which halves the worst-case error to about ±95 km along the line; hence the radius of 95 km. If the Mogocha reading is right, the camp lay about 300 km further west, outside this radius; this is not resolved. The 1930s Bam–Tynda track was lifted in 1942 and rebuilt in 1974–77. Region: Amur Oblast, then part of Khabarovsk Krai; Bystrov says Chita Oblast.',
  },
  chita: {
    campNumbers: ['24'],
    deathsBasis:
      'No camp-level death figure is sourced. The MHLW death roster\'s 6,843 names at 60 burial sites are for all of Chita Oblast (region-level). Labour battalions 511 (Dzhipkhegen) and 515 (Kharagun) have 594 and 181 registered burials.',
    notes:
      'Capital of Chita Oblast. GUPVI camp No. 24 had about 20 branches: Chita, Kadala, Novaya (branch 10), Verkh-Narym, Darasun, Bolshoy Turinsky, and the Kalangui and Belukha mines; branch 12 at Sherlovaya Gora / Khada-Bulak has its own entry, and labour battalions 511 (Dzhipkhegen) and 515 (Kharagun) were not located. No camp-level count: the ~35,000 for Chita Oblast (camps 24, 52, 23, 25 and 9 labour battalions) is region-level. Hospitals at Karymskaya and Khilok.',
  },
  'chernovskie-kopi': {
    campNumbers: ['52'],
    deathsBasis:
      'No camp-wide death figure is sourced. Registered burials (lower bounds, not a total): branch 11 at the Kadala mine 182 + 57 + 212; branch 1 at "ドラビヤンナヤ" 56.',
    notes:
      'Chernovskie kopi, a coal-mining suburb of Chita. GUPVI camp No. 52 held Germans, later Japanese; no count. Japanese sources call it "第52地区カダラ" (district 52, Kadala): branch 11 at the Kadala mine, branch 1 at "ドラビヤンナヤ", field hospital 1484. Burials are not headcounts. Approximate point.',
  },
  'sherlovaya-gora': {
    campNumbers: ['24'],
    deaths: {
      count: 481,
      basis:
        '481 at the burial ground of branch 12 (MHLW no. 3017): registered burials (lower bound), not a full death count.',
    },
    notes:
      'Sherlovaya Gora / Khada-Bulak, Borzinsky District, a mining area: branch 12 of Chita camp No. 24, so a sub-site of the Chita entry. The burial ground lies NNE of the memorial at Khada-Bulak. No headcount. Approximate point.',
  },
  bukachacha: {
    campNumbers: ['23'],
    deathsBasis:
      'No camp-wide death total is sourced. Partial figures: 91 deaths in the last decade of January 1946 and 85 in the first decade of February (NKVD check); more than 1,000 deaths in branch 2 alone (Tokyo Yagoda-kai via naga0607); registered burials 513 (branch 1) and 731 (branch 2).',
    notes:
      'Coal-mining settlement. GUPVI camp No. 23 held 4,154 at the early-1946 NKVD mortality check; typhus; closed 1947. Branch 2 alone held more than 3,000, which agrees with the camp-wide 4,154. Approximate point.',
  },
  'sretensk-shakhtama': {
    campNumbers: ['25'],
    uncertaintyKm: 50,
    notes:
      'Bystrov names camp No. 25 after Sretensk; a returnee calls it "Shakhtama camp (Chita Oblast POW camp No. 25)". Shakhtama is a mining settlement whose position the sources do not give. The point is Sretensk, with the district-level radius of 50 km for the camp\'s area; Shakhtama may lie outside it. Branch 5 at Baley has its own entry.',
  },
  baley: {
    campNumbers: ['25'],
    deaths: {
      count: 163,
      basis: '163 buried at Baley (MHLW burial no. 3030, all recovered 2002): registered burials (lower bound), not a full death count.',
    },
    notes: 'Gold-mining town: branch 5 of camp No. 25, so a sub-site of the Sretensk / Shakhtama entry. No headcount.',
  },
  'ulan-ude': {
    campNumbers: ['30'],
    notes:
      'Capital of the Buryat-Mongol ASSR. 13,377 were sent to GUPVI camp No. 30 in Oct–Dec 1945 (limit 14,000): arrivals, not a one-day count. The camp had 17 branches from Turka to the Khorinsk forests, plus Listvyanka (Irkutsk Oblast) and Gorkhon.',
  },
  'dzhida-zakamensk': {
    campNumbers: ['28'],
    notes:
      'The Dzhida tungsten-molybdenum combine at Gorodok, today Zakamensk. 3,940 were sent to GUPVI camp No. 28 in Oct–Dec 1945 (limit 4,000).',
  },
  gusinoozyorsk: {
    campNumbers: [],
    notes:
      'Severnye Shakhty, the Gusinoye Ozero coal mines (today Gusinoozyorsk). One battalion of Japanese POWs is recorded, without a headcount. Approximate point.',
  },
  taishet: {
    campNumbers: ['7'],
    bamRole: 'GUPVI camp No. 7: the Taishet–Bratsk line, western BAM (Bystrov).',
    notes:
      'Taishet, at the western end of the BAM. GUPVI camp No. 7: 40,000 POWs on the Taishet–Bratsk line (Bystrov, no date), with branches from km 5 to km 298, under Taishetstroy and from 1947 Angarlag. Camp 7 health branch 7 at Kvitok (MHLW press release, 1996) belongs to this camp. The Japanese 1947 table\'s district "7" is Posyet, a different place.',
  },
  'novo-grishino': {
    campNumbers: ['8'],
    uncertaintyKm: 50,
    bamRole:
      'BAM camp No. 8 (planned capacity 10,000; NKVD order 001026); closed March 1946. The BAM label probably reflects its parent organisation (GULZhDS), not its site.',
    notes:
      'Bystrov places camp No. 8 in Irkutsk Oblast with its HQ at the "probably defunct settlement Novo-Griševo"; it held 1,445 at the start of 1946 and was closed in March 1946 for extremely bad sanitary conditions, its contingent going to Cheremkhovo camp No. 31. Placement by name match: a Japanese memorial travelogue puts a camp site and a labour-battalion burial ground at "Grishev village, Mal\'ta settlement", about 70 km from Irkutsk, and a Japanese POW cemetery at Mal\'ta is confirmed; Novo-Griševo ≈ Grishevo is a name match, not a confirmed identification, so confidence is low. The radius of 50 km covers the Mal\'ta site, Usolye-Sibirskoye (about 12 km, its own entry, possibly part of the same camp) and Cheremkhovo (about 46 km), to which the transfer points. Off the mainline: the point lies about 390 km from the Taishet–Bratsk–Ust-Kut section drawn on this map. No station or settlement named Novo-Grishino or Grishevo was found on the western BAM; the BAM label of camp No. 8 probably reflects its parent organisation (GULZhDS, order 001026), not its site.',
  },
  'usolye-sibirskoye': {
    campNumbers: [],
    notes:
      'Salt-works town. Japanese POWs mined salt here (regional press); no count. About 12 km from the probable Novo-Grishevo / Mal\'ta site, it may belong to the same camp (No. 8).',
  },
  irkutsk: {
    campNumbers: ['32', '255'],
    deathsBasis:
      'No camp-level death figure is sourced. The MHLW death roster\'s 4,569 names at 71 burial sites are for all of Irkutsk Oblast (region-level).',
    notes:
      'Oblast capital. GUPVI camp No. 32, earlier No. 255. No camp-level count: Irkutsk Oblast held more than 70,000 in three camps (Taishetlag, Cheremkhovlag, Irkutsklag), a region-level figure. In June 1947 the liquidated Cheremkhovo camp No. 31 transferred 4,037 to camp No. 32.',
  },
  cheremkhovo: {
    campNumbers: ['31'],
    deathsBasis:
      'No camp-wide death total is sourced; the early-1946 check recorded 88 deaths in the last decade of January and 58 in the first decade of February.',
    notes:
      'Coal town of the Cheremkhovo basin. GUPVI camp No. 31 held 8,458 at the early-1946 NKVD check; Bystrov calls it a "small" camp of just under ten thousand. Even with the 1,445 of liquidated camp No. 8 (Novo-Grishino) added in March 1946 the total stays under 10,000. Liquidated in June 1947; 4,037 were transferred to camp No. 32 (Irkutsk).',
  },
  krasnoyarsk: {
    campNumbers: ['34'],
    deathsBasis:
      'No camp-wide death total is sourced; the research notes record 54 deaths in camp No. 34 in the last decade of January 1946 (a ten-day figure).',
    notes:
      'Krai capital. GUPVI camp No. 34 had 11 branches in Krasnoyarsk and Kansk; its 8,149 at the late-January 1946 check (8,085 in early February) is camp-wide and includes the Kansk branches. A local article\'s "over twenty thousand" is for the whole krai (region-level, not used).',
  },
  kansk: {
    campNumbers: ['34'],
    notes:
      'Branches of camp No. 34; they share the camp-wide 8,149 with Krasnoyarsk, without a branch count. About 50 Japanese married locally and stayed (Wikipedia).',
  },
  'ural-zaozerny': {
    campNumbers: [],
    notes:
      'Ural settlement (Irsha-Ural coal mine) near Zaozerny, Rybinsky District. 1,400 Japanese arrived at Zaozernaya station on 29 Sep 1945 and walked 8 km to the new camp: a founding contingent, a lower bound, not used for a tier. Approximate point at Zaozerny.',
  },
  norilsk: {
    campNumbers: [],
    notes:
      'A returnee\'s painting titled "ナリリスク第5収容所" (Peace Memorial Museum) and a regional historian ("from Norilsk to Irkutsk") place Japanese in Norilsk. They were probably convicted Japanese in Gulag camps, not a GUPVI POW camp; the number in the painting\'s title is not known to be a GUPVI camp number. No count. Labour not recorded (the place is the Norilsk mining-metallurgical works).',
  },
  'khakassia-abakan': {
    campNumbers: [],
    uncertaintyKm: 100,
    notes:
      'Khakas Autonomous Oblast, then part of Krasnoyarsk Krai. Japanese POWs in Khakassia in 1945–47 are documented in the historiography, but no site or count was found. The point is Abakan, the oblast centre, standing for the whole oblast: the radius of 100 km covers the oblast\'s core around Abakan, not the whole oblast.',
  },
  barnaul: {
    campNumbers: ['128'],
    notes:
      'Krai capital. Camp No. 128. Tier 2 rests on one local-press figure of uncertain scope: "almost 14,000" Japanese POWs arrived from December 1945, with 5 camp branches in the city (barnaul.fm, 2012). Caveat: the text ("к нам") does not say outright whether this means Barnaul camp No. 128 or all of Altai Krai. It fits the krai total of more than 17,000 in 3 camps minus Chesnokovka\'s ~3,000. Chesnokovka camp No. 36 merged into No. 128 in 1946.',
  },
  'novoaltaysk-chesnokovka': {
    campNumbers: ['36'],
    notes:
      'Chesnokovka, today Novoaltaysk. GUPVI camp No. 36 held 2,818 at the early-1946 check (about 3,000), in 5 branches; railway construction (Sibstroyput). Closed in 1946; its contingent went to Barnaul camp No. 128.',
  },
  'alambay-zarinsk': {
    campNumbers: [],
    uncertaintyKm: 50,
    notes:
      'Dugout camps of Japanese POWs on the Altayskaya–Artyshta railway near Alambay (Zarinsky District), with high mortality; no count. Approximate point; the radius of 50 km is the district-level default, because the camps lay along a railway, not at one known site.',
  },
  biysk: {
    campNumbers: [],
    notes:
      'Japanese were held from late 1945 to February 1947 in a camp by the plywood-match factory, moved in from the Borovlyanka camp. No count.',
  },
  prokopyevsk: {
    campNumbers: ['525'],
    notes: 'Kuzbass coal town. GUPVI camp No. 525 had 18 branches holding German and Japanese POWs among others; no Japanese count.',
  },
  'karaganda-spassk': {
    campNumbers: ['99'],
    uncertaintyKm: 50,
    deathsBasis:
      'No camp-level death figure is sourced. The MHLW burial index gives 262 buried in Karaganda Oblast, mostly camp 99 branch 1 (oblast-level; not entered here).',
    notes:
      'GUPVI camp No. 99 (Spassk / Karaganda). 11,608 Japanese POWs arrived at the Spassk camp in five transports in Oct–Nov 1945 (Polish Wikipedia): total arrivals, like Ulan-Ude. Tier 1 is not excluded in principle, but Karaganda Oblast as a whole held ~25,000 in camps 99, 37 and 39 (region-level). The point is Karaganda city; the radius of 50 km is chosen to take in the Spassk camp outside the city, whose exact site is not given.',
  },
  akmolinsk: {
    campNumbers: [],
    notes:
      'Today Astana. A memoir: from November 1946 about 500 Japanese among ~1,500 mostly Hungarian and German inmates of a large camp (a memoir figure, not used for a tier). The Akmolinsk camp is also on a list of Kazakhstan POW camps.',
  },
  balkhash: {
    campNumbers: ['37'],
    notes:
      'GUPVI camp No. 37, set up for German and Japanese POWs. Only a transport figure is known: 1,322 Japanese (and 26 Koreans) sent on 18/26 Dec 1946, not a total. Japanese built a housing quarter.',
  },
  dzhezkazgan: {
    campNumbers: ['39'],
    notes:
      'Today Zhezkazgan. Camp No. 39 is listed among the Karaganda-region POW camps; 30 Japanese were among the Steplag convicts in January 1952. No POW count.',
  },
  aktyubinsk: {
    campNumbers: ['222'],
    notes:
      'Today Aktobe. GUPVI camp No. 222: a contingent of 2,500 Japanese POWs (Bystrov, no date; the camp is mentioned until 1947). Nickel-steel combine and ore mines.',
  },
  'ust-kamenogorsk': {
    campNumbers: ['347'],
    notes:
      'Today Oskemen. GUPVI camp No. 347 (East Kazakhstan). Only a plan is known for the town: 1,200 to be placed here (decision of 5 Sep 1945). East Kazakhstan received 8,000 Japanese in all, the first train reaching Zharma station on 5 Oct 1945 (region-level). Altaistroy construction.',
  },
  'leninogorsk-ridder': {
    campNumbers: [],
    notes:
      'Today Ridder. Only a plan is known: 2,000 (decision of 5 Sep 1945); photos show POWs in Ridder in 1946–47. East Kazakhstan received 8,000 Japanese in all (region-level), who built mines in Ridder, Zyryanovsk and Belousovka.',
  },
  belousovka: {
    campNumbers: [],
    notes:
      'Only a plan is known: 500 (decision of 5 Sep 1945); the stay is documented by a local study. Part of the 8,000 Japanese sent to East Kazakhstan (region-level). Approximate point.',
  },
  zyryanovsk: {
    campNumbers: [],
    notes:
      'Today Altay (Zyryanovsk). East Kazakhstan received 8,000 Japanese who built mines in Ridder, Zyryanovsk and Belousovka; no site count.',
  },
  semipalatinsk: {
    campNumbers: [],
    notes:
      'Today Semey. A Japanese delegation searched for POW graves here; no count. The first train of the Kazakh SSR\'s Japanese went to Semipalatinsk Oblast on 5 Oct 1945 (region-level).',
  },
  dzhambul: {
    campNumbers: [],
    uncertaintyKm: 100,
    deaths: {
      count: 34,
      basis:
        '34 buried at the one camp in Dzhambul Oblast, MHLW burial index: registered burials (lower bound), not a full death count.',
    },
    notes:
      'Today Taraz. The MHLW burial index lists 34 buried at one camp in Dzhambul Oblast, and Wikipedia names Zhambyl province among the destinations. No detainee count. The point is the oblast centre standing for that camp, whose site is not known: the radius of 100 km covers the oblast\'s core around the centre, not the whole oblast.',
  },
  kentau: {
    campNumbers: [],
    notes:
      'Kentau / Khantagi polymetallic combine. An eyewitness recalls one group of ~50–60 at the combine; not a total.',
  },
  maktaaral: {
    campNumbers: [],
    uncertaintyKm: 50,
    notes:
      'Maktaaral district, a cotton district; the Pakhta-Aral POW camp is on the list of Kazakhstan camps of 1941–50. A local historian searched for the graves of Japanese POWs held in the district. No count. The point is the Atakent area; the radius of 50 km is the district-level default, because the camp site is not known.',
  },
  'taldy-kurgan': {
    campNumbers: [],
    uncertaintyKm: 100,
    deaths: {
      count: 38,
      basis:
        '38 buried at the one camp in Taldy-Kurgan Oblast, MHLW burial index: registered burials (lower bound), not a full death count.',
    },
    notes:
      'Today Taldykorgan. The MHLW burial index lists 38 buried at one camp in Taldy-Kurgan Oblast. No detainee count. The point is the oblast centre standing for that camp, whose site is not known: the radius of 100 km covers the oblast\'s core around the centre, not the whole oblast.',
  },
  'alma-ata': {
    campNumbers: [],
    notes:
      'Today Almaty. Tier 3 rests on a hedged figure: "according to some data" 6,000 Japanese were brought to Alma-Ata (no date). Construction of the Academy of Sciences, the old airport, the Turksib building and housing.',
  },
  tashkent: {
    campNumbers: [],
    notes:
      'Four POW camps in Tashkent; no city count. The Uzbek SSR held about 23,000 (about 20,000 still there in 1948), a region-level figure. Japanese built the Navoi opera and ballet theatre.',
  },
  angren: {
    campNumbers: ['372'],
    notes: 'GUPVI camp No. 372, mostly Japanese, with a branch at Kokand; no count. Coal mining, a chemical combine and military industry.',
  },
  kokand: {
    campNumbers: ['372'],
    notes: 'Branch of Angren camp No. 372 (machine-works construction); no count.',
  },
  'bekabad-farkhad': {
    campNumbers: ['26'],
    notes:
      'Begovat, today Bekabad: the Farkhad hydroelectric station. The Farkhad camp (No. 26 per Bystrov) later held Japanese, who also built the Farkhad dam on the Tajik side (the Plotina entry, about 6 km away). An Andijan health camp is also called No. 26 (Nazirkhujaev). No count. Approximate point.',
  },
  'nau-plotina': {
    campNumbers: [],
    notes:
      'Plotina, beside the Farkhad dam on the Tajik side (Nau, today Spitamen District). POWs brought in Aug–Sep 1945 built the dam and canals; a Japanese group searched for Japanese graves. No count. It may belong to the same works as the Bekabad / Farkhad entry across the border. Approximate point.',
  },
  fergana: {
    campNumbers: ['387'],
    notes: 'GUPVI camp No. 387 ("Ferganalag"); a Japanese cemetery is listed. No count.',
  },
  andijan: {
    campNumbers: ['26'],
    notes:
      'A Japanese POW health (hospital) camp, numbered 26 by Nazirkhujaev; Bystrov gives No. 26 to the Farkhad camp (Bekabad entry), so the number is disputed. Housing, schools and roads. No count.',
  },
  kagan: {
    campNumbers: [],
    notes: 'Kagan, by Bukhara: a Japanese cemetery and a placement of POWs are recorded. No count.',
  },
  chirchik: {
    campNumbers: [],
    notes: 'A Japanese cemetery is listed. No count.',
  },
  tamga: {
    campNumbers: [],
    notes:
      'Tamga on Lake Issyk-Kul. A group of 125 POWs moved from Tashkent via Frunze in May 1946 to build the military sanatorium: a small number (tier 4).',
  },
  yelabuga: {
    campNumbers: ['97'],
    deaths: {
      count: 85,
      basis: 'Japanese cemetery of 85 graves at Yelabuga: registered burials (lower bound), not a full death count.',
    },
    notes:
      'Officers\' camp No. 97. The first party of 2,200 Japanese officers arrived in Dec 1945–Jan 1946; more than 8,000 passed through during the 1947–48 repatriation (cumulative). Forest work.',
  },
  krasnogorsk: {
    campNumbers: ['27'],
    notes:
      'Operational-transit camp No. 27 near Moscow (interrogation; a Japanese-language newspaper). About 2,000 Japanese passed through in 1946–48, a cumulative figure (Krasnogorsk branch of the Victory Museum).',
  },
  'cherntsy-lezhnevo': {
    campNumbers: ['48'],
    notes:
      'Cherntsy / Voikovo, Lezhnevsky District: Bystrov\'s camp No. 48, a special camp for generals (Yamada Otozo and other Japanese generals), not the Kuril camp No. 48. More than 400 senior officers of the German and Japanese armies passed through in 13 years; no Japanese count. No forced labour (gardening). Approximate point at Lezhnevo.',
  },
  taganrog: {
    campNumbers: [],
    notes: 'A returnee\'s family blog places his camp at Taganrog. No count.',
  },
  'stalino-donetsk': {
    campNumbers: [],
    uncertaintyKm: 100,
    deaths: {
      count: 106,
      basis:
        '106 buried at 1 site in Donetsk (Stalino) Oblast, MHLW burial index: registered burials (lower bound), not a full death count.',
    },
    notes:
      'Stalino (today Donetsk) Oblast, a coal and steel region. About 6,000 Japanese in all were brought to the Kharkov, Zaporozhye and Donbass building sites, so each site held under 10,000 (tier 3 or 4, which cannot be fixed). The point is the oblast centre standing for the oblast\'s site(s): the radius of 100 km covers the oblast\'s core around Donetsk, not the whole oblast.',
  },
  kharkov: {
    campNumbers: [],
    uncertaintyKm: 100,
    deaths: {
      count: 54,
      basis: '54 buried at 2 sites in Kharkov Oblast, MHLW burial index: registered burials (lower bound), not a full death count.',
    },
    notes:
      'Kharkov (today Kharkiv) Oblast. About 6,000 Japanese in all were brought to the Kharkov, Zaporozhye and Donbass building sites, so each site held under 10,000 (tier 3 or 4, which cannot be fixed). The point is the oblast centre standing for the oblast\'s sites: the radius of 100 km covers the oblast\'s core around Kharkov, not the whole oblast.',
  },
  zaporozhye: {
    campNumbers: [],
    uncertaintyKm: 100,
    deaths: {
      count: 46,
      basis: '46 buried at 5 sites in Zaporozhye Oblast, MHLW burial index: registered burials (lower bound), not a full death count.',
    },
    notes:
      'Zaporozhye (today Zaporizhzhia) Oblast. About 6,000 Japanese in all were brought to the Kharkov, Zaporozhye and Donbass building sites, so each site held under 10,000 (tier 3 or 4, which cannot be fixed). The point is the oblast centre standing for the oblast\'s sites: the radius of 100 km covers the oblast\'s core around Zaporozhye, not the whole oblast.',
  },
  tbilisi: {
    campNumbers: [],
    notes: 'A memorial to Japanese internees stands in the V. Godziashvili Garden. No count.',
  },
  kutaisi: {
    campNumbers: [],
    notes: 'A travel blog states that Japanese POWs were sent to Kutaisi. No count.',
  },
  ulaanbaatar: {
    campNumbers: [],
    notes:
      'City facilities in Ulaanbaatar; Khujirbulan and Amgalanbaatar have their own entries. No city total: Mongolia received 12,318 (country-level). Initial placements listed for the city: the industrial complex 700, the handicraft union 150, the first cooperative 130. A travel report says nearly half of Mongolia\'s 40+ camps were in Ulaanbaatar, with more than 4,000 detained there: a lower bound, which with Mongolia\'s 12,318 as a cap cannot separate tier 3 from tier 2.',
  },
  khujirbulan: {
    campNumbers: [],
    notes:
      'Khujirbulan quarters in Ulaanbaatar: 3,300 placed here in 1945 (initial placement; Mongolian archival figures as reported by a digital-archive project). A Japanese cemetery was here; its remains were repatriated in 1994. Approximate point.',
  },
  amgalan: {
    campNumbers: [],
    notes: 'Amgalanbaatar in Ulaanbaatar: 1,200 placed here in 1945 (initial placement list). Approximate point.',
  },
  nalaikh: {
    campNumbers: [],
    notes: 'The Nalaikh coal mine, named as a workplace of Japanese POWs. No count.',
  },
  sukhbaatar: {
    campNumbers: [],
    notes:
      'A camp, a POW hospital and a Japanese cemetery. The only count found is for one workplace (the match factory, 200), not for the camp.',
  },
  altanbulag: {
    campNumbers: [],
    notes:
      'Altanbulag (Selenge): 300 at the leather factory and cooperative quarters (initial placement list): a small number (tier 4). A burial site is listed.',
  },
  zuunkharaa: {
    campNumbers: [],
    notes: 'Listed as a burial site of Japanese POWs. No count. Approximate point.',
  },
  baruunkharaa: {
    campNumbers: [],
    notes: 'Listed as a burial site of Japanese POWs. No count. Approximate point.',
  },
}
