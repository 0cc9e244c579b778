import { normalizeChinese } from './fuzzy';
import type { MemoryAddResult, MemoryEntry, NewMemoryPair } from './types';

/**
 * How new pairs join the memory (pure: entries in, entries out).
 * - Empty pairs, and pairs already stored (same Chinese and English, spacing aside), are skipped.
 * - A pair carrying a segment key (a confirmed segment) whose segment is already in the memory updates
 *   that entry's English, keeping who created it and when, and stamping who changed it: the translator
 *   corrected their own translation, so the old one is superseded rather than kept beside it. When the
 *   new English is already stored for that sentence (e.g. the aligned pair), the superseded entry goes.
 * - Everything else is added: the same sentence may have several good translations (other projects,
 *   published versions), and the translator sees them all, newest first among equals.
 */
export interface MergeOutcome extends MemoryAddResult {
  entries: MemoryEntry[];
  fresh: MemoryEntry[];
  replaced: MemoryEntry[];
  removed: string[];
}

export function mergePairs(entries: readonly MemoryEntry[], pairs: readonly NewMemoryPair[], stamp: { now: string; newId: () => string }): MergeOutcome {
  const next = entries.slice();
  const byPair = new Map<string, number>();
  const bySegment = new Map<string, number>();
  next.forEach((entry, i) => {
    if (!byPair.has(pairKey(entry))) byPair.set(pairKey(entry), i);
    if (entry.segment) bySegment.set(entry.segment, i);
  });
  const replaced = new Map<number, MemoryEntry>();
  const removed = new Set<number>();
  let skipped = 0;

  for (const pair of pairs) {
    const zh = pair.zh.trim();
    const en = pair.en.trim();
    if (zh === '' || en === '') {
      skipped += 1;
      continue;
    }
    const key = pairKey({ zh, en });
    const own = pair.segment === undefined ? undefined : bySegment.get(pair.segment);
    if (own !== undefined && normalizeChinese(next[own]!.zh) === normalizeChinese(zh)) {
      const old = next[own]!;
      if (pairKey(old) === key) {
        skipped += 1;
        continue;
      }
      if (byPair.get(pairKey(old)) === own) byPair.delete(pairKey(old));
      if (byPair.has(key)) {
        removed.add(own);
        replaced.delete(own);
        bySegment.delete(pair.segment!);
        continue;
      }
      const updated: MemoryEntry = { ...old, en, changedAt: pair.createdAt ?? stamp.now, ...(pair.createdBy ? { changedBy: pair.createdBy } : {}) };
      next[own] = updated;
      replaced.set(own, updated);
      byPair.set(key, own);
      continue;
    }
    if (byPair.has(key)) {
      skipped += 1;
      continue;
    }
    const entry: MemoryEntry = {
      id: stamp.newId(),
      zh,
      en,
      origin: pair.origin,
      createdAt: pair.createdAt ?? stamp.now,
      ...(pair.createdBy ? { createdBy: pair.createdBy } : {}),
      ...(pair.source ? { source: pair.source } : {}),
      ...(pair.segment ? { segment: pair.segment } : {}),
    };
    byPair.set(key, next.length);
    if (entry.segment) bySegment.set(entry.segment, next.length);
    next.push(entry);
  }

  // Pairs added and then superseded within this one call count as added once, in their final form.
  const fresh = next.slice(entries.length).filter((_, k) => !removed.has(entries.length + k));
  const old = (i: number) => i < entries.length;
  return {
    entries: removed.size ? next.filter((_, i) => !removed.has(i)) : next,
    fresh,
    replaced: [...replaced].filter(([i]) => old(i) && !removed.has(i)).map(([, entry]) => entry),
    removed: [...removed].filter(old).map((i) => next[i]!.id),
    added: fresh.length,
    updated: [...replaced.keys()].filter(old).length + [...removed].filter(old).length,
    skipped,
  };
}

/** Same pair: the Chinese without spaces, the English with spacing collapsed. */
export function pairKey(pair: { zh: string; en: string }): string {
  return `${pair.zh.replace(/\s+/g, '')}\u0000${pair.en.replace(/\s+/g, ' ').trim()}`;
}
