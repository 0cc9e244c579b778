import type { GlossaryLayer, TermStatus } from '../../glossary/engine/entry';
import type { ResolvedEntry } from '../../glossary/engine/layers';

export interface GlossaryQuery {
  /** Words to find in the Chinese forms, renderings, notes, tags and ids (case-insensitive; all must occur). */
  text?: string;
  layer?: GlossaryLayer;
  status?: TermStatus;
  tag?: string;
  offset?: number;
  limit?: number;
}

/** Filters and pages the resolved glossary; entries whose Chinese form matches come first. */
export function searchEntries(entries: readonly ResolvedEntry[], query: GlossaryQuery): { total: number; entries: ResolvedEntry[] } {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const scored: Array<{ resolved: ResolvedEntry; score: number }> = [];
  for (const resolved of entries) {
    const { entry } = resolved;
    if (query.layer && resolved.layer !== query.layer) continue;
    if (query.status && entry.status !== query.status) continue;
    if (query.tag && !entry.tags.includes(query.tag)) continue;
    let score = 0;
    if (words.length > 0) {
      const chinese = [entry.zh, ...entry.variants.map((v) => v.text)].join('\n').toLowerCase();
      const haystack = [chinese, entry.id, entry.en, ...entry.alternates, ...entry.forbidden.map((f) => f.text), entry.note ?? '', ...entry.tags].join('\n').toLowerCase();
      if (!words.every((w) => haystack.includes(w))) continue;
      score = words.some((w) => entry.zh === w) ? 0 : words.every((w) => chinese.includes(w)) ? 1 : 2;
    }
    scored.push({ resolved, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.resolved.entry.id < b.resolved.entry.id ? -1 : a.resolved.entry.id > b.resolved.entry.id ? 1 : 0));
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 100;
  return { total: scored.length, entries: scored.slice(offset, offset + limit).map((s) => s.resolved) };
}
