/** Translation memory entries and query results: pure types (and one accessor) shared with the renderer. */
export interface MemoryEntry {
  id: string;
  zh: string;
  en: string;
  /** confirmed: a segment the translator confirmed; aligned: an accepted alignment pair; imported: TMX. */
  origin: 'confirmed' | 'aligned' | 'imported';
  createdAt: string;
  createdBy?: string;
  /** Set when a later confirmation of the same segment replaced the English. */
  changedAt?: string;
  changedBy?: string;
  /** Project or file the pair came from. */
  source?: string;
  /** A confirmed segment's key (`projectId:segmentId`): confirming that segment again updates this entry. */
  segment?: string;
}

/** When and by whom an entry got its current English: the last change, else its creation. */
export function lastChange(entry: MemoryEntry): { at: string; by?: string } {
  return entry.changedAt ? { at: entry.changedAt, by: entry.changedBy ?? entry.createdBy } : { at: entry.createdAt, by: entry.createdBy };
}

export interface NewMemoryPair {
  zh: string;
  en: string;
  origin: MemoryEntry['origin'];
  createdBy?: string;
  source?: string;
  createdAt?: string;
  /** See MemoryEntry.segment. */
  segment?: string;
}

/** What an addition did: new entries, entries whose English a re-confirmed segment replaced, pairs already there or empty. */
export interface MemoryAddResult {
  added: number;
  updated: number;
  skipped: number;
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
