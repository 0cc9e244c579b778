import type { GlossaryIndex, TermMatch } from './glossary-index';

/** What matching needs of a segment: its cleaned Simplified text and the text as it was in the file. */
export interface MatchableSegment {
  id: string;
  text: string;
  original: string;
}

/** Cleaned-text offsets → original-text offsets (the pipeline's `mapSpanToOriginal`). */
export type SpanMapper = (segment: { text: string; original: string }, start: number, end: number) => { start: number; end: number };

export interface SegmentTermMatch extends TermMatch {
  /** The same term's span in `segment.original` (Traditional script, inline pinyin ... as in the file). */
  originalStart: number;
  originalEnd: number;
}

export interface SegmentTerms {
  segmentId: string;
  terms: SegmentTermMatch[];
}

/** A segment's glossary terms in reading order, with their offsets in the cleaned and the original text. */
export function matchSegment(segment: MatchableSegment, index: GlossaryIndex, mapSpan: SpanMapper): SegmentTerms {
  const terms = index.match(segment.text).map((match) => {
    const original = mapSpan(segment, match.start, match.end);
    return { ...match, originalStart: original.start, originalEnd: original.end };
  });
  return { segmentId: segment.id, terms };
}
