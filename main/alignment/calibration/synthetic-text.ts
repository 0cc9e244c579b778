/**
 * A long synthetic parallel text for the speed benchmark: Chinese sentences drawn from a small
 * bilingual vocabulary, their English made from the same words, some split into two sentences so
 * that 1-1 and 1-2 beads both occur. Deterministic for a seed.
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

export function syntheticParallelText(zhCount: number, enCount: number, seed: number): { zh: string[]; en: string[] } {
  const next = random(seed);
  const splits = Math.max(0, enCount - zhCount);
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < zhCount; i++) {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
    const year = 1990 + Math.floor(next() * 35);
    zh.push(`${year}年，${words.map(([z]) => z).join('')}。`);
    const english = words.map(([, e]) => e);
    const split = (zhCount - i) * next() < splits - (en.length - i) ? Math.floor(english.length / 2) : 0;
    if (split > 0 && en.length - i < splits) {
      en.push(`In ${year}, ${english.slice(0, split).join(' ')}.`);
      en.push(`${capital(english.slice(split).join(' '))}.`);
    } else en.push(`In ${year}, ${english.join(' ')}.`);
  }
  return { zh, en };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
