import type { ResolvedEntry } from './layers';

/**
 * The glossary's Chinese forms as user words for the word segmenter (jieba), so 百千万工程 or 制造业当家
 * stays one token instead of being cut into everyday words. Deprecated entries and single characters
 * are left out; quotes and spaces are removed because the segmenter sees words, not quoted slogans.
 */
export function glossaryUserWords(entries: readonly ResolvedEntry[]): string[] {
  const words = new Set<string>();
  for (const { entry } of entries) {
    if (entry.status === 'deprecated') continue;
    for (const form of [entry.zh, ...entry.variants.map((v) => v.text)]) {
      const word = form.replace(/[“”‘’"'「」『』《》〈〉\s]/g, '');
      // Forms with enumeration commas are several words to a segmenter.
      if (word.length >= 2 && !/[、，,；;]/.test(word)) words.add(word);
    }
  }
  return [...words].sort();
}
