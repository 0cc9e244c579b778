import { lastChange, type ConcordanceHit, type MemoryEntry } from './types';

/** Every entry whose Chinese or English contains the query (English case-insensitively), newest first. */
export function concordance(entries: readonly MemoryEntry[], query: string, options: { side?: 'zh' | 'en' | 'both'; limit?: number } = {}): ConcordanceHit[] {
  const needle = query.trim();
  if (needle === '') return [];
  const side = options.side ?? 'both';
  const limit = options.limit ?? 50;
  // Find with a plain containment test, keeping the newest entries found (ISO dates compare as strings;
  // the same date keeps the memory's order), then mark the occurrences in the few shown. Sorting the
  // whole memory by date first cost more than the search itself.
  const lowerNeedle = needle.toLowerCase();
  // The `limit` newest entries found (each gives one or two hits), kept in order as the scan goes.
  const found: Array<{ at: string; order: number }> = [];
  entries.forEach((entry, order) => {
    if (!((side !== 'en' && entry.zh.includes(needle)) || (side !== 'zh' && entry.en.toLowerCase().includes(lowerNeedle)))) return;
    const at = lastChange(entry).at;
    // Later in the memory and not newer: after every entry kept so far.
    if (found.length === limit && at <= found[limit - 1]!.at) return;
    let k = found.length;
    while (k > 0 && found[k - 1]!.at < at) k--;
    found.splice(k, 0, { at, order });
    if (found.length > limit) found.pop();
  });
  const hits: ConcordanceHit[] = [];
  for (const { order } of found) {
    const entry = entries[order]!;
    if (side !== 'en') {
      const ranges = occurrences(entry.zh, needle, false);
      if (ranges.length) hits.push({ entry, side: 'zh', ranges });
    }
    if (side !== 'zh') {
      const ranges = occurrences(entry.en, needle, true);
      if (ranges.length) hits.push({ entry, side: 'en', ranges });
    }
    if (hits.length >= limit) break;
  }
  return hits.slice(0, limit);
}

function occurrences(text: string, needle: string, ignoreCase: boolean): Array<[number, number]> {
  const haystack = ignoreCase ? text.toLowerCase() : text;
  const target = ignoreCase ? needle.toLowerCase() : needle;
  const ranges: Array<[number, number]> = [];
  for (let at = haystack.indexOf(target); at >= 0; at = haystack.indexOf(target, at + target.length)) ranges.push([at, at + target.length]);
  return ranges;
}
