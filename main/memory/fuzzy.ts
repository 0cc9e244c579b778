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

/**
 * The text's character bigrams as numbers (two UTF-16 code units; a one-character text is its own
 * key), in order, repeats included. Numbers, not two-character strings: building the index of a
 * 100,000-pair memory allocates no string per bigram and hashes faster.
 */
function bigramKeys(text: string): number[] {
  if (text.length === 1) return [-1 - text.charCodeAt(0)];
  const keys: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) keys.push(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
  return keys;
}

function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) length--;
  }
  return length;
}

export class FuzzyIndex {
  private readonly postings = new Map<number, number[]>();
  /** By position; a removed entry leaves a hole its postings still point at. */
  private readonly entries: Array<MemoryEntry | undefined> = [];
  private readonly normalized: string[] = [];
  /** Length of each normalized text in characters (code points). */
  private readonly lengths: number[] = [];
  private readonly positions = new Map<string, number>();
  /** Bigrams shared with the query, per position: scratch for `lookup`, zeroed again after each one. */
  private shared = new Int32Array(0);

  constructor(entries: Iterable<MemoryEntry> = []) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: MemoryEntry): void {
    const index = this.entries.length;
    const text = normalizeChinese(entry.zh);
    this.entries.push(entry);
    this.normalized.push(text);
    this.lengths.push(codePointLength(text));
    this.positions.set(entry.id, index);
    for (const key of bigramKeys(text)) {
      const list = this.postings.get(key);
      // Entries are added in position order, so a bigram repeated in this text is already last in its list.
      if (!list) this.postings.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
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
    const grams = [...new Set(bigramKeys(text))];
    // Counted in a typed array rather than a Map: a common bigram's postings run to tens of thousands
    // of entries in a large memory.
    if (this.shared.length < this.entries.length) this.shared = new Int32Array(Math.max(1024, this.entries.length * 2));
    const shared = this.shared;
    const touched: number[] = [];
    for (const gram of grams) {
      const postings = this.postings.get(gram);
      if (!postings) continue;
      for (let k = 0; k < postings.length; k++) {
        const index = postings[k]!;
        if (shared[index]++ === 0) touched.push(index);
      }
    }
    // Dice over bigrams bounds how similar a candidate can be; only the best few get a full diff.
    const queryLength = codePointLength(text);
    const candidates: Array<{ index: number; dice: number }> = [];
    for (const index of touched) {
      const count = shared[index]!;
      shared[index] = 0;
      if (!this.entries[index]) continue;
      const dice = (2 * count) / (grams.length + Math.max(1, this.normalized[index]!.length - 1));
      if (dice >= minScore * 0.5) candidates.push({ index, dice });
    }
    candidates.sort((a, b) => b.dice - a.dice);
    candidates.length = Math.min(candidates.length, Math.max(50, limit * 10));
    const matches: FuzzyMatch[] = [];
    const seen = new Set<string>();
    for (const { index } of candidates) {
      const stored = this.normalized[index];
      const parts = diffChars(text, stored);
      const score = similarity(parts, queryLength, this.lengths[index]!);
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
