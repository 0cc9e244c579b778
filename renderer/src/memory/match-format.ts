import { lastChange, type ConcordanceHit, type DiffPart, type MemoryEntry } from '../../../main/memory/types';

/**
 * How memory matches read in the panel. Pure, so the rules are tested without a DOM.
 */

/** A score as translators read it: 0.987 is a 98% match, only an identical sentence is 100%. */
export function percent(score: number): string {
  return `${score >= 1 ? 100 : Math.min(99, Math.floor(score * 100))}%`;
}

/**
 * The stored sentence with what differs from the current one marked: `old` is only in the stored
 * sentence (struck through), `new` only in the current one (shown where it would go, underlined).
 * Where one replaces the other, the stored text comes first: "七八" reads as 七 → 八.
 */
export function storedSourceParts(diff: readonly DiffPart[]): Array<{ text: string; mark?: 'old' | 'new' }> {
  const parts: Array<{ text: string; mark?: 'old' | 'new' }> = [];
  let run: DiffPart[] = [];
  const flush = () => {
    for (const part of run) if (part.kind === 'memory-only') parts.push({ text: part.text, mark: 'old' });
    for (const part of run) if (part.kind === 'query-only') parts.push({ text: part.text, mark: 'new' });
    run = [];
  };
  for (const part of diff) {
    if (part.kind === 'same') {
      flush();
      parts.push({ text: part.text });
    } else run.push(part);
  }
  flush();
  return parts;
}

/** A text cut at the [start, end) ranges a concordance search found, hits marked. */
export function highlighted(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<{ text: string; hit: boolean }> {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/** Where a pair came from, for the line under it: source (project or file), translator, date. */
export function provenance(entry: MemoryEntry, language: string): string[] {
  const { at, by } = lastChange(entry);
  return [entry.source, by, formatDate(at, language)].filter((part): part is string => Boolean(part));
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language === 'zh-CN' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Concordance hits of one pair together (a phrase can be found on both sides), in the order found. */
export function hitsByPair(hits: readonly ConcordanceHit[]): Array<{ entry: MemoryEntry; zh: Array<[number, number]>; en: Array<[number, number]> }> {
  const byId = new Map<string, { entry: MemoryEntry; zh: Array<[number, number]>; en: Array<[number, number]> }>();
  for (const hit of hits) {
    let pair = byId.get(hit.entry.id);
    if (!pair) byId.set(hit.entry.id, (pair = { entry: hit.entry, zh: [], en: [] }));
    pair[hit.side].push(...hit.ranges);
  }
  return [...byId.values()];
}
