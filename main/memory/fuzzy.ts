import { diffChars } from 'diff';
import { lastChange, type DiffPart, type FuzzyMatch, type MemoryEntry } from './types';

/**
 * Fuzzy lookup over Chinese sentences: a character-bigram index finds candidates sharing text with the
 * query, then each candidate gets an edit-distance score (from a character diff, which is also what the
 * translator sees). Pure: built from entries, no I/O.
 */
export function normalizeChinese(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,]/g, '，')
    .replace(/[;]/g, '；');
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
  return grams;
}

export class FuzzyIndex {
  private readonly postings = new Map<string, number[]>();
  /** By position; a removed entry leaves a hole its postings still point at. */
  private readonly entries: Array<MemoryEntry | undefined> = [];
  private readonly normalized: string[] = [];
  private readonly positions = new Map<string, number>();

  constructor(entries: Iterable<MemoryEntry> = []) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: MemoryEntry): void {
    const index = this.entries.length;
    const text = normalizeChinese(entry.zh);
    this.entries.push(entry);
    this.normalized.push(text);
    this.positions.set(entry.id, index);
    for (const gram of new Set(bigrams(text))) {
      const list = this.postings.get(gram);
      if (list) list.push(index);
      else this.postings.set(gram, [index]);
    }
  }

  /** An entry whose English (or details) changed; a changed Chinese is indexed afresh. */
  replace(entry: MemoryEntry): void {
    const at = this.positions.get(entry.id);
    if (at !== undefined && this.normalized[at] === normalizeChinese(entry.zh)) this.entries[at] = entry;
    else {
      this.remove(entry.id);
      this.add(entry);
    }
  }

  remove(id: string): void {
    const at = this.positions.get(id);
    if (at === undefined) return;
    this.entries[at] = undefined;
    this.positions.delete(id);
  }

  lookup(query: string, options: { minScore?: number; limit?: number } = {}): FuzzyMatch[] {
    const minScore = options.minScore ?? 0.5;
    const limit = options.limit ?? 5;
    const text = normalizeChinese(query);
    if (text === '') return [];
    const grams = [...new Set(bigrams(text))];
    const shared = new Map<number, number>();
    for (const gram of grams) for (const index of this.postings.get(gram) ?? []) if (this.entries[index]) shared.set(index, (shared.get(index) ?? 0) + 1);
    // Dice over bigrams bounds how similar a candidate can be; only the best few get a full diff.
    const queryLength = [...text].length;
    const candidates = [...shared]
      .map(([index, count]) => ({ index, dice: (2 * count) / (grams.length + Math.max(1, [...this.normalized[index]].length - 1)) }))
      .filter((c) => c.dice >= minScore * 0.5)
      .sort((a, b) => b.dice - a.dice)
      .slice(0, Math.max(50, limit * 10));
    const matches: FuzzyMatch[] = [];
    const seen = new Set<string>();
    for (const { index } of candidates) {
      const stored = this.normalized[index];
      const parts = diffChars(text, stored);
      const score = similarity(parts, queryLength, [...stored].length);
      if (score < minScore) continue;
      const entry = this.entries[index]!;
      const key = `${entry.zh}\u0000${entry.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push({ entry, score, diff: parts.map((p) => ({ text: p.value, kind: p.added ? 'memory-only' : p.removed ? 'query-only' : 'same' }) as DiffPart) });
    }
    return matches.sort((a, b) => b.score - a.score || lastChange(b.entry).at.localeCompare(lastChange(a.entry).at)).slice(0, limit);
  }
}

/** 1 − edit distance / longer length, the edit distance read off the diff (a replacement counts once). */
function similarity(parts: Array<{ value: string; added?: boolean; removed?: boolean }>, a: number, b: number): number {
  let distance = 0;
  let removed = 0;
  let added = 0;
  const flush = () => {
    distance += Math.max(removed, added);
    removed = 0;
    added = 0;
  };
  for (const part of parts) {
    const length = [...part.value].length;
    if (part.removed) removed += length;
    else if (part.added) added += length;
    else flush();
  }
  flush();
  const longer = Math.max(a, b);
  return longer === 0 ? 1 : Math.round((1 - distance / longer) * 1000) / 1000;
}
