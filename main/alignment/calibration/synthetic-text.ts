/**
 * A long synthetic parallel text for the speed benchmark: Chinese sentences drawn from a small
 * bilingual vocabulary, their English made from the same words, some split into two sentences so
 * that 1-1 and 1-2 beads both occur, with the true beads. Deterministic for a seed.
 */
const VOCABULARY: ReadonlyArray<[string, string]> = [
  ['发展', 'development'], ['经济', 'economy'], ['会议', 'meeting'], ['城市', 'city'], ['人民', 'people'],
  ['政府', 'government'], ['改革', 'reform'], ['建设', 'construction'], ['工作', 'work'], ['推进', 'advance'],
  ['农村', 'countryside'], ['制造业', 'manufacturing'], ['创新', 'innovation'], ['企业', 'enterprises'],
  ['项目', 'projects'], ['交通', 'transport'], ['教育', 'education'], ['医疗', 'medical care'], ['环境', 'environment'],
  ['安全', 'security'], ['文化', 'culture'], ['科技', 'technology'], ['市场', 'market'], ['投资', 'investment'],
  ['服务', 'services'], ['群众', 'the public'], ['干部', 'officials'], ['领导', 'leadership'], ['质量', 'quality'],
  ['开放', 'opening up'], ['合作', 'cooperation'], ['产业', 'industry'], ['乡村', 'rural areas'], ['振兴', 'revitalization'],
  ['生态', 'ecology'], ['保护', 'protection'], ['治理', 'governance'], ['就业', 'employment'], ['收入', 'income'],
  ['增长', 'growth'],
];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export interface SyntheticText {
  zh: string[];
  en: string[];
  /** The true beads. */
  gold: Array<{ zh: number[]; en: number[] }>;
}

export interface SyntheticOptions {
  /** Give each sentence a figure of its own (金额12345元 / 12345 yuan), as real articles have numbers: rare evidence for anchors. */
  figures?: boolean;
}

export function syntheticParallelText(zhCount: number, enCount: number, seed: number, options: SyntheticOptions = {}): SyntheticText {
  const next = random(seed);
  const splits = Math.max(0, enCount - zhCount);
  const zh: string[] = [];
  const en: string[] = [];
  const gold: SyntheticText['gold'] = [];
  for (let i = 0; i < zhCount; i++) {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
    const year = 1990 + Math.floor(next() * 35);
    const figure = options.figures ? 10000 + Math.floor(next() * 90000) : 0;
    zh.push(`${year}年，${words.map(([z]) => z).join('')}${figure ? `，金额${figure}元` : ''}。`);
    const english = words.map(([, e]) => e);
    const tail = figure ? `, ${figure} yuan` : '';
    const split = (zhCount - i) * next() < splits - (en.length - i) ? Math.floor(english.length / 2) : 0;
    const first = en.length;
    if (split > 0 && en.length - i < splits) {
      en.push(`In ${year}, ${english.slice(0, split).join(' ')}.`);
      en.push(`${capital(english.slice(split).join(' '))}${tail}.`);
    } else en.push(`In ${year}, ${english.join(' ')}${tail}.`);
    gold.push({ zh: [i], en: Array.from({ length: en.length - first }, (_, k) => first + k) });
  }
  return { zh, en, gold };
}

/**
 * The text with whole sections on one side only: `section.zh` Chinese sentences left untranslated
 * (or `section.en` English ones added) before Chinese sentence `at`; the gold gets their 1-0 / 0-1 beads.
 */
export function withOneSidedSections(text: SyntheticText, sections: ReadonlyArray<{ at: number; zh?: readonly string[]; en?: readonly string[] }>): SyntheticText {
  const zh: string[] = [];
  const en: string[] = [];
  const gold: SyntheticText['gold'] = [];
  const insert = (at: number) => {
    for (const section of sections.filter((s) => s.at === at)) {
      for (const sentence of section.zh ?? []) gold.push({ zh: [zh.push(sentence) - 1], en: [] });
      for (const sentence of section.en ?? []) gold.push({ zh: [], en: [en.push(sentence) - 1] });
    }
  };
  text.gold.forEach((bead, k) => {
    insert(k);
    gold.push({ zh: bead.zh.map((i) => zh.push(text.zh[i]) - 1), en: bead.en.map((j) => en.push(text.en[j]) - 1) });
  });
  insert(text.gold.length);
  return { zh, en, gold };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
