import { termMatch, type GlossaryIndex, type TermMatch } from './glossary-index';

/** What matching needs of a segment: its cleaned Simplified text and the text as it was in the file. */
export interface MatchableSegment {
  id: string;
  text: string;
  original: string;
  /** The pipeline's cleaned→original piece lengths (Segment.originalPieces), when known. */
  originalPieces?: number[];
}

/** Cleaned-text offsets → original-text offsets: the pipeline's `mapSpanToOriginal` (main/document/offsets.ts). */
export type SpanMapper<S extends MatchableSegment = MatchableSegment> = (segment: S, start: number, end: number) => readonly [number, number];

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
export function matchSegment<S extends MatchableSegment>(segment: S, index: GlossaryIndex, mapSpan: SpanMapper<S>): SegmentTerms {
  const found = index.findTerms(segment.text);
  const terms: SegmentTermMatch[] = [];
  for (let k = 0; k < found.count; k++) {
    const [originalStart, originalEnd] = mapSpan(segment, found.starts[k]!, found.ends[k]!);
    terms.push({ ...termMatch(segment.text, found, k, index.formOf(found.forms[k]!)), originalStart, originalEnd });
  }
  return { segmentId: segment.id, terms };
}
