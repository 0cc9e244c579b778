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

/**
 * The lookups a merge needs: the first entry holding each pair, and the entry of each confirmed segment.
 * Building them reads every entry (a third of a second for 100,000), so the store keeps them between
 * merges; `mergePairs` brings them up to date with the entries it returns.
 */
export interface MemoryKeys {
  byPair: Map<string, MemoryEntry>;
  bySegment: Map<string, MemoryEntry>;
}

export function memoryKeys(entries: readonly MemoryEntry[]): MemoryKeys {
  const keys: MemoryKeys = { byPair: new Map(), bySegment: new Map() };
  for (const entry of entries) {
    const key = pairKey(entry);
    if (!keys.byPair.has(key)) keys.byPair.set(key, entry);
    if (entry.segment) keys.bySegment.set(entry.segment, entry);
  }
  return keys;
}

/**
 * `keys` must describe `entries` (by default they are built here); they are updated in place to describe
 * the returned entries, so a caller that keeps them passes the same object next time.
 */
export function mergePairs(
  entries: readonly MemoryEntry[],
  pairs: readonly NewMemoryPair[],
  stamp: { now: string; newId: () => string },
  keys: MemoryKeys = memoryKeys(entries),
): MergeOutcome {
  // Changes to the given entries, and entries new in this call, keyed by the entry object they started
  // as (not by id: a hand-edited file may repeat one); `baseOf` leads from an entry made here to it.
  const replaced = new Map<MemoryEntry, MemoryEntry>();
  const removed = new Set<MemoryEntry>();
  const fresh = new Map<MemoryEntry, MemoryEntry>();
  const baseOf = new Map<MemoryEntry, MemoryEntry>();
  let skipped = 0;

  for (const pair of pairs) {
    const zh = pair.zh.trim();
    const en = pair.en.trim();
    if (zh === '' || en === '') {
      skipped += 1;
      continue;
    }
    const key = pairKey({ zh, en });
    const own = pair.segment === undefined ? undefined : keys.bySegment.get(pair.segment);
    if (own !== undefined && normalizeChinese(own.zh) === normalizeChinese(zh)) {
      const ownKey = pairKey(own);
      if (ownKey === key) {
        skipped += 1;
        continue;
      }
      if (keys.byPair.get(ownKey) === own) keys.byPair.delete(ownKey);
      const base = baseOf.get(own) ?? own;
      if (keys.byPair.has(key)) {
        keys.bySegment.delete(pair.segment!);
        if (fresh.has(base)) fresh.delete(base);
        else {
          replaced.delete(base);
          removed.add(base);
        }
        continue;
      }
      const updated: MemoryEntry = { ...own, en, changedAt: pair.createdAt ?? stamp.now, ...(pair.createdBy ? { changedBy: pair.createdBy } : {}) };
      baseOf.set(updated, base);
      if (fresh.has(base)) fresh.set(base, updated);
      else replaced.set(base, updated);
      keys.byPair.set(key, updated);
      keys.bySegment.set(pair.segment!, updated);
      continue;
    }
    if (keys.byPair.has(key)) {
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
    keys.byPair.set(key, entry);
    if (entry.segment) keys.bySegment.set(entry.segment, entry);
    fresh.set(entry, entry);
  }

  // Pairs added and then superseded within this one call count as added once, in their final form.
  // A confirm changes one entry of perhaps 100,000: find it rather than look up every entry.
  let next: MemoryEntry[] = entries.slice();
  for (const [base, updated] of replaced) next[next.indexOf(base)] = updated;
  if (removed.size > 0) next = next.filter((entry) => !removed.has(entry));
  for (const entry of fresh.values()) next.push(entry);
  return {
    entries: next,
    fresh: [...fresh.values()],
    replaced: [...replaced.values()],
    removed: [...removed].map((entry) => entry.id),
    added: fresh.size,
    updated: replaced.size + removed.size,
    skipped,
  };
}

/** Same pair: the Chinese without spaces, the English with spacing collapsed. */
export function pairKey(pair: { zh: string; en: string }): string {
  return `${pair.zh.replace(/\s+/g, '')}\u0000${pair.en.replace(/\s+/g, ' ').trim()}`;
}
