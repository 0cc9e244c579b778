/** A match of the find panel in one pane and row (offsets in the row's text). */
export interface FindHit {
  side: 'left' | 'right';
  row: number;
  start: number;
  end: number;
}

/**
 * Every occurrence of `query` in the source and translation rows, in row order, source first within a
 * row. Case-insensitive unless asked; Chinese has no case, English folds with toLowerCase (which keeps
 * string length for the text we handle, so offsets stay valid).
 */
export function findInRows(rows: ReadonlyArray<{ source: string; target: string }>, query: string, options: { caseSensitive?: boolean } = {}): FindHit[] {
  if (query === '') return [];
  const fold = (s: string) => (options.caseSensitive ? s : s.toLowerCase());
  const needle = fold(query);
  const hits: FindHit[] = [];
  rows.forEach((row, index) => {
    for (const [side, text] of [['left', row.source], ['right', row.target]] as const) {
      const hay = fold(text);
      if (hay.length !== text.length) continue;
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
        hits.push({ side, row: index, start: at, end: at + needle.length });
      }
    }
  });
  return hits;
}
