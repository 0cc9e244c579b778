import type { AlignOptions, Lexicon, PinyinOf, TermPair } from './types';
import { englishWords, glossStems } from './english-words';
import { chineseNumberKeys, englishNumberKeys } from './numbers';
import { YIELD_EVERY, type Work } from './work';

/**
 * What the aligner compares: each sentence becomes a list of weighted "units" (Chinese words, English
 * content words) and every unit carries keys in a shared key space (English stems, number values,
 * pinyin of names, glossary term ids). A unit of one side is covered by a sentence of the other side
 * when they share a key. Units are folded onto 64 bits (two 32-bit masks) so coverage of a run of
 * sentences is an OR of masks.
 */
export interface SentenceFeatures {
  /** Length for the length model: Chinese characters without spaces, English characters. */
  length: number;
  /** Weight of each of the 64 unit bits (several units share a bit in very long sentences). */
  bitWeights: Float64Array;
  /** Total unit weight of the sentence. */
  totalWeight: number;
  /** Key id → bit masks of the units carrying it. */
  keyLo: Map<number, number>;
  keyHi: Map<number, number>;
  /** Distinct key ids, for iterating the smaller side. */
  keys: Int32Array;
}

interface RawUnit {
  keys: Set<number>;
  /** Identity for document frequency (word text or stem). */
  term: string;
}

const ZH_FUNCTION_WORDS = new Set('的 了 是 在 和 与 及 也 就 都 而 着 之 把 被 对 于 以 为 这 那 有 个 等 中 上 下 将 并 又 或 让 使 给 从 向 到 说 地 得 其 此 该 各 每 要'.split(' '));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Finds glossary terms in a sentence in one pass: terms are indexed by their first two characters. */
class TermFinder {
  private readonly byPrefix = new Map<string, number[]>();
  constructor(private readonly terms: readonly TermPair[]) {
    terms.forEach((term, index) => {
      if (term.zh.length < 2) return;
      const prefix = term.zh.slice(0, 2);
      const list = this.byPrefix.get(prefix);
      if (list) list.push(index);
      else this.byPrefix.set(prefix, [index]);
    });
  }
  find(text: string): Set<number> {
    const found = new Set<number>();
    if (this.byPrefix.size === 0) return found;
    for (let i = 0; i + 1 < text.length; i++) {
      const candidates = this.byPrefix.get(text.slice(i, i + 2));
      if (!candidates) continue;
      for (const index of candidates) if (text.startsWith(this.terms[index].zh, i)) found.add(index);
    }
    return found;
  }
}

export class KeySpace {
  private readonly ids = new Map<string, number>();
  readonly terms: TermFinder;
  constructor(terms: readonly TermPair[]) {
    this.terms = new TermFinder(terms);
  }
  /** Stemming memo for this run. */
  readonly stems = new Map<string, string>();
  /** Keys of capitalised English words ("@qingyang"): the only pinyin worth attaching to Chinese text. */
  readonly nameKeys = new Set<string>();
  /** Glossary terms found in the Chinese: the only ones worth looking for in the English. */
  readonly termsSeen = new Set<number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

/** Gloss stems per headword, computed once per alignment run. */
class GlossCache {
  private readonly cache = new Map<string, number[] | null>();
  constructor(private readonly lexicon: Lexicon, private readonly keys: KeySpace) {}
  get(word: string): number[] | null {
    let ids = this.cache.get(word);
    if (ids === undefined) {
      const glosses = this.lexicon.lookup(word);
      if (!glosses) ids = null;
      else {
        const set = new Set<number>();
        for (const gloss of glosses) for (const stem of glossStems(gloss)) set.add(this.keys.id(stem));
        ids = set.size > 0 ? [...set] : null;
      }
      this.cache.set(word, ids);
    }
    return ids;
  }
}

interface Span {
  start: number;
  end: number;
  unit: RawUnit;
}

function chineseUnits(text: string, keys: KeySpace, glosses: GlossCache | undefined, maxLen: number, options: AlignOptions): RawUnit[] {
  const spans: Span[] = [];
  // Which span covers each character (UTF-16 index; CJK outside the BMP is rare enough to ignore).
  const owner = new Int32Array(text.length).fill(-1);
  const push = (span: Span) => {
    for (let k = span.start; k < span.end; k++) owner[k] = spans.length;
    spans.push(span);
  };
  // Forward maximum matching over dictionary headwords; unknown CJK characters become one-character units.
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (!CJK.test(ch)) {
      const latin = /^[A-Za-z]+/.exec(text.slice(i, i + 40));
      if (latin) {
        const stems = englishWords(latin[0], keys.stems).map((w) => keys.id(w.stem));
        if (stems.length) push({ start: i, end: i + latin[0].length, unit: { keys: new Set(stems), term: latin[0].toLowerCase() } });
        i += latin[0].length;
      } else i++;
      continue;
    }
    let matched = 1;
    let ids: number[] | null = null;
    if (glosses) {
      for (let len = Math.min(maxLen, text.length - i); len >= 1; len--) {
        const found = glosses.get(text.slice(i, i + len));
        if (found) {
          matched = len;
          ids = found;
          break;
        }
      }
    }
    const word = text.slice(i, i + matched);
    if (!ZH_FUNCTION_WORDS.has(word)) {
      const unitKeys = new Set<number>(ids ?? []);
      // Characters of a compound carry meaning of their own ("伟大友谊" → great, friendship).
      if (glosses && matched > 1) for (const c of word) for (const id of glosses.get(c) ?? []) unitKeys.add(id);
      push({ start: i, end: i + matched, unit: { keys: unitKeys, term: word } });
    }
    i += matched;
  }
  const attach = (start: number, end: number, key: number, term: string) => {
    let attached = false;
    let last = -1;
    for (let k = start; k < end && k < text.length; k++) {
      const s = owner[k];
      if (s >= 0 && s !== last) {
        spans[s].unit.keys.add(key);
        attached = true;
        last = s;
      }
    }
    if (!attached) push({ start, end, unit: { keys: new Set([key]), term } });
  };
  for (const n of chineseNumberKeys(text)) attach(n.start, n.end, keys.id(n.key), n.key);
  if (options.pinyin) addNameKeys(text, options.pinyin, keys, attach);
  const units = spans.map((s) => s.unit).filter((u) => u.keys.size > 0);
  for (const index of keys.terms.find(text)) units.push({ keys: new Set([keys.id(`g:${index}`)]), term: `g:${index}` });
  return units;
}

/** Pinyin of one- and two-character windows: a name written "Chen Qingyang" meets 陈 and 清扬. */
function addNameKeys(text: string, pinyinOf: PinyinOf, keys: KeySpace, attach: (s: number, e: number, key: number, term: string) => void) {
  const syllables = pinyinOf(text);
  if (syllables.length !== text.length) return;
  for (let i = 0; i < text.length; i++) {
    if (!CJK.test(text[i])) continue;
    const one = `@${syllables[i]}`;
    if (keys.nameKeys.has(one)) attach(i, i + 1, keys.id(one), one);
    if (i + 1 < text.length && CJK.test(text[i + 1])) {
      const two = `@${syllables[i]}${syllables[i + 1]}`;
      if (keys.nameKeys.has(two)) attach(i, i + 2, keys.id(two), two);
    }
  }
}

function englishUnits(text: string, keys: KeySpace, options: AlignOptions): RawUnit[] {
  const units: RawUnit[] = [];
  for (const word of englishWords(text, keys.stems)) {
    const unitKeys = new Set([keys.id(word.stem)]);
    if (word.capitalized) {
      const name = `@${word.plain}`;
      keys.nameKeys.add(name);
      unitKeys.add(keys.id(name));
    }
    units.push({ keys: unitKeys, term: word.stem });
  }
  for (const k of englishNumberKeys(text)) units.push({ keys: new Set([keys.id(k)]), term: k });
  const lower = text.toLowerCase();
  for (const index of keys.termsSeen) {
    if (options.terms![index].en.some((rendering) => lower.includes(rendering.toLowerCase()))) {
      units.push({ keys: new Set([keys.id(`g:${index}`)]), term: `g:${index}` });
    }
  }
  return units;
}

/** Inverse document frequency within this text pair: repeated words say little about where a sentence goes. */
function idfWeights(sentences: RawUnit[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const units of sentences) for (const term of new Set(units.map((u) => u.term))) df.set(term, (df.get(term) ?? 0) + 1);
  const n = sentences.length;
  const weights = new Map<string, number>();
  for (const [term, count] of df) weights.set(term, Math.max(0.2, Math.log((n + 1) / count)));
  return weights;
}

function pack(units: RawUnit[], weights: Map<string, number>, length: number): SentenceFeatures {
  const bitWeights = new Float64Array(64);
  const keyLo = new Map<number, number>();
  const keyHi = new Map<number, number>();
  let totalWeight = 0;
  units.forEach((unit, index) => {
    const bit = index & 63;
    const w = weights.get(unit.term) ?? 1;
    bitWeights[bit] += w;
    totalWeight += w;
    for (const key of unit.keys) {
      if (bit < 32) keyLo.set(key, (keyLo.get(key) ?? 0) | (1 << bit));
      else keyHi.set(key, (keyHi.get(key) ?? 0) | (1 << (bit - 32)));
    }
  });
  const all = new Set<number>([...keyLo.keys(), ...keyHi.keys()]);
  return { length, bitWeights, totalWeight, keyLo, keyHi, keys: Int32Array.from(all) };
}

export function chineseLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

export function englishLength(text: string): number {
  return text.trim().length;
}

export interface TextFeatures {
  zh: SentenceFeatures[];
  en: SentenceFeatures[];
}

/** Features of both texts, yielding progress every few sentences (see work.ts). */
export function* extractFeatures(zh: readonly string[], en: readonly string[], options: AlignOptions): Work<TextFeatures> {
  const keys = new KeySpace(options.terms ?? []);
  const glosses = options.lexicon ? new GlossCache(options.lexicon, keys) : undefined;
  const maxLen = options.lexicon?.maxWordLength ?? 1;
  const total = zh.length * 2 + en.length;
  // Glossary terms found in the Chinese are the only ones worth looking for in the English, and the
  // English's capitalised words are the only pinyin worth looking for in the Chinese.
  for (let i = 0; i < zh.length; i++) {
    if (i % YIELD_EVERY === 0) yield i / total;
    for (const index of keys.terms.find(zh[i])) keys.termsSeen.add(index);
  }
  const enUnits: RawUnit[][] = [];
  for (let j = 0; j < en.length; j++) {
    if (j % YIELD_EVERY === 0) yield (zh.length + j) / total;
    enUnits.push(englishUnits(en[j], keys, options));
  }
  const zhUnits: RawUnit[][] = [];
  for (let i = 0; i < zh.length; i++) {
    if (i % YIELD_EVERY === 0) yield (zh.length + en.length + i) / total;
    zhUnits.push(chineseUnits(zh[i], keys, glosses, maxLen, options));
  }
  const zhWeights = idfWeights(zhUnits);
  const enWeights = idfWeights(enUnits);
  return {
    zh: zhUnits.map((units, i) => pack(units, zhWeights, chineseLength(zh[i]))),
    en: enUnits.map((units, j) => pack(units, enWeights, englishLength(en[j]))),
  };
}
