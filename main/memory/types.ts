/** Translation memory entries and query results; pure types shared with the renderer. */
export interface MemoryEntry {
  id: string;
  zh: string;
  en: string;
  /** confirmed: a segment the translator confirmed; aligned: an accepted alignment pair; imported: TMX. */
  origin: 'confirmed' | 'aligned' | 'imported';
  createdAt: string;
  createdBy?: string;
  /** Project or file the pair came from. */
  source?: string;
}

export interface NewMemoryPair {
  zh: string;
  en: string;
  origin: MemoryEntry['origin'];
  createdBy?: string;
  source?: string;
  createdAt?: string;
}

/** One piece of the difference between the query and a stored Chinese sentence. */
export interface DiffPart {
  text: string;
  /** in the query but not in the stored sentence / in the stored sentence but not in the query. */
  kind: 'same' | 'query-only' | 'memory-only';
}

export interface FuzzyMatch {
  entry: MemoryEntry;
  /** 0..1, 1 = identical Chinese. */
  score: number;
  diff: DiffPart[];
}

export interface ConcordanceHit {
  entry: MemoryEntry;
  /** Where the query occurs, as [start, end) offsets in entry.zh or entry.en. */
  side: 'zh' | 'en';
  ranges: Array<[number, number]>;
}
