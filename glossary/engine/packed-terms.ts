import type { ResolvedEntry } from './layers';
import type { SegmentTermMatch, SegmentTerms } from './match-segment';

/** A found term for the wire: its entries as indexes into `PackedSegmentTerms.entries`. */
export type PackedTermMatch = Omit<SegmentTermMatch, 'term' | 'alsoIn'> & { term: number; alsoIn: number[] };

/**
 * Segment terms with each entry written once: a project names the same few hundred entries thousands of
 * times, and with the entry inside every match a 1,000-segment project's terms were 3 MB of JSON.
 */
export interface PackedSegmentTerms {
  entries: ResolvedEntry[];
  segments: Array<{ segmentId: string; terms: PackedTermMatch[] }>;
}

export function packSegmentTerms(list: readonly SegmentTerms[]): PackedSegmentTerms {
  const entries: ResolvedEntry[] = [];
  const indexOf = new Map<ResolvedEntry, number>();
  const index = (entry: ResolvedEntry): number => {
    let at = indexOf.get(entry);
    if (at === undefined) {
      at = entries.push(entry) - 1;
      indexOf.set(entry, at);
    }
    return at;
  };
  const segments = list.map(({ segmentId, terms }) => ({
    segmentId,
    terms: terms.map(({ term, alsoIn, ...rest }) => ({ ...rest, term: index(term), alsoIn: alsoIn.map(index) })),
  }));
  return { entries, segments };
}

/** The segment terms again, entries shared between the matches that name them. */
export function unpackSegmentTerms(packed: PackedSegmentTerms): SegmentTerms[] {
  const entry = (at: number): ResolvedEntry => {
    const found = packed.entries[at];
    if (!found) throw new Error(`Packed glossary terms name entry ${at}, but only ${packed.entries.length} were sent.`);
    return found;
  };
  return packed.segments.map(({ segmentId, terms }) => ({
    segmentId,
    terms: terms.map(({ term, alsoIn, ...rest }) => ({ ...rest, term: entry(term), alsoIn: alsoIn.map(entry) })),
  }));
}
