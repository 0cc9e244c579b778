import { lastChange, type ConcordanceHit, type MemoryEntry } from './types';

/** Every entry whose Chinese or English contains the query (English case-insensitively), newest first. */
export function concordance(entries: readonly MemoryEntry[], query: string, options: { side?: 'zh' | 'en' | 'both'; limit?: number } = {}): ConcordanceHit[] {
  const needle = query.trim();
  if (needle === '') return [];
  const side = options.side ?? 'both';
  const limit = options.limit ?? 50;
  const hits: ConcordanceHit[] = [];
  for (const entry of [...entries].sort((a, b) => lastChange(b).at.localeCompare(lastChange(a).at))) {
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
