import { GWR2016, GWR2017, GWR2018, GWR2019, GWR2020, GWR2021, NYA2020 } from './citations';
import type { SourceTerm } from './types';

/**
 * More social, cultural and rural vocabulary of the Government Work Reports, each rendering checked in
 * the official bilingual edition cited.
 */
export const SOCIAL_CULTURE_RURAL_TERMS: SourceTerm[] = [
  { id: "subsistence-allowances", zh: "最低生活保障", variants: [{ text: "低保", type: "abbreviation" }],
    en: "subsistence allowances", alt: ["minimum living allowances"], tags: ["social-policy"], cite: [GWR2016, GWR2021], status: "approved" },
  { id: "middle-income-group", zh: "中等收入群体", en: "middle-income group", tags: ["social-policy", "economy"], cite: [GWR2018, GWR2021], status: "approved" },
  { id: "income-distribution", zh: "收入分配", en: "income distribution", tags: ["social-policy", "economy"], cite: [GWR2016, GWR2019], status: "approved" },
  { id: "social-assistance", zh: "社会救助", en: "social assistance", tags: ["social-policy"], cite: [GWR2016, GWR2021], status: "approved" },
  { id: "people-in-difficulty", zh: "困难群众", en: "people in difficulty", alt: ["people in need"], tags: ["social-policy"], cite: [GWR2019, GWR2021], status: "approved" },
  { id: "government-subsidized-rental-housing", zh: "保障性租赁住房", en: "government-subsidized rental housing",
    tags: ["social-policy"], cite: [GWR2021], status: "approved" },
  { id: "long-term-rental-housing", zh: "长租房", en: "long-term rental housing", tags: ["social-policy"], cite: [GWR2021], status: "approved" },
  { id: "villages-in-cities", zh: "城中村", en: "villages in cities", alt: ["urban villages"], note: "城中村改造 → \"rebuilding villages in cities\".",
    tags: ["social-policy", "regional"], cite: [GWR2018], status: "approved" },
  { id: "county-seats", zh: "县城", en: "county seats", tags: ["regional"], cite: [GWR2020], status: "approved" },
  { id: "household-registration-reform", zh: "户籍制度改革", en: "reform of the household registration system",
    tags: ["social-policy", "governance"], cite: [GWR2016, GWR2017], status: "approved" },
  { id: "permanent-residents", zh: "常住人口", en: "permanent residents", alt: ["permanent resident population"],
    tags: ["social-policy"], cite: [GWR2018, GWR2021], status: "approved" },
  { id: "social-organizations", zh: "社会组织", en: "social organizations", tags: ["social-policy", "governance"], cite: [GWR2016, GWR2021], status: "approved" },
  { id: "fine-traditional-chinese-culture", zh: "中华优秀传统文化", en: "fine traditional Chinese culture", tags: ["ideology", "social-policy"],
    cite: [GWR2017, GWR2021], status: "approved" },
  { id: "public-cultural-services", zh: "公共文化服务", en: "public cultural services", tags: ["social-policy"], cite: [GWR2016, GWR2021], status: "approved" },
  { id: "cultural-industries", zh: "文化产业", en: "cultural industries", tags: ["social-policy", "economy"], cite: [GWR2017, GWR2021], status: "approved" },
  { id: "fitness-for-all", zh: "全民健身", en: "Fitness-for-All", alt: ["fitness-for-all initiatives"], tags: ["social-policy"],
    cite: [GWR2017, GWR2019], status: "approved" },
  { id: "permanent-basic-cropland", zh: "永久基本农田", en: "permanent basic cropland", tags: ["rural"], cite: [GWR2016], status: "approved" },
  { id: "farmland", zh: "耕地", en: "farmland", alt: ["arable land", "cropland"], tags: ["rural"], cite: [GWR2016, GWR2021], status: "approved" },
  { id: "rural-land-system-reform", zh: "农村土地制度改革", en: "reform of the rural land system", tags: ["rural"], cite: [GWR2017], status: "approved" },
  { id: "rural-collective-property-rights-reform", zh: "农村集体产权制度改革", en: "reform of the rural collective property rights system",
    tags: ["rural"], cite: [GWR2017], status: "approved" },
  { id: "new-types-of-agribusiness", zh: "新型农业经营主体", en: "new types of agribusiness", tags: ["rural", "economy"], cite: [GWR2021], status: "approved" },
  { id: "three-regions-three-prefectures", zh: "三区三州", en: "\"three regions and three prefectures\"",
    note: "Areas of extreme poverty: Tibet, four prefectures of southern Xinjiang, Tibetan areas in four provinces; Liangshan, Nujiang and Linxia prefectures (GWR 2019).",
    tags: ["rural", "regional"], cite: [GWR2019], status: "approved" },
  { id: "yellow-river-basin-strategy", zh: "黄河流域生态保护和高质量发展", en: "ecological protection and high-quality development in the Yellow River basin",
    tags: ["regional", "ecology"], cite: [NYA2020, GWR2020], status: "approved" },
  { id: "world-class", zh: "世界一流", en: "world-class", note: "世界一流大学和一流学科 → \"world-class universities and first-class fields of discipline\".",
    tags: ["social-policy"], cite: [GWR2016, GWR2017], status: "approved" },
  { id: "extreme-poverty-support", zh: "特困人员", en: "persons living in extreme poverty", alt: ["people living in extreme poverty", "people in extreme poverty"],
    tags: ["social-policy"], cite: [GWR2016], status: "approved" },
];
