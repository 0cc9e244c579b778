import type { Paragraph, Segment } from './types';

/**
 * Cleaned-text offsets → original-text offsets for one segment: a glossary hit found at
 * segment.text[start, end) is highlighted at segment.original[result[0], result[1]).
 *
 * Uses the segment's `originalPieces` (see text-map.ts `piecesOf`); a segment without them (e.g. read
 * back from an older project file) maps character for character when the lengths agree, and otherwise
 * proportionally, which is the best guess left.
 */
export function mapSpanToOriginal(segment: Pick<Segment, 'text' | 'original' | 'originalPieces'>, start: number, end: number): [number, number] {
  const clampedStart = clamp(start, 0, segment.text.length);
  const clampedEnd = clamp(end, clampedStart, segment.text.length);
  const pieces = segment.originalPieces ?? fallbackPieces(segment.text.length, segment.original.length);
  const from = mapBoundary(pieces, clampedStart, 'start');
  const to = mapBoundary(pieces, clampedEnd, 'end');
  return to < from ? [from, from] : [from, to];
}

/** The exact paragraph text back from its segments: each segment plus the whitespace up to the next one. */
export function rebuildParagraph(paragraph: Pick<Paragraph, 'text'>, segments: Array<Pick<Segment, 'start' | 'end'>>): string {
  if (segments.length === 0) return '';
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  return sorted.map((segment, i) => paragraph.text.slice(segment.start, i + 1 < sorted.length ? sorted[i + 1]!.start : segment.end)).join('');
}

function mapBoundary(pieces: readonly number[], position: number, side: 'start' | 'end'): number {
  let out = 0;
  let inPos = 0;
  for (let k = 0; k < pieces.length; k += 2) {
    const outLength = pieces[k]!;
    const inLength = pieces[k + 1]!;
    const outEnd = out + outLength;
    // A boundary shared by two pieces: a start belongs to the next piece (skipping deletions), an end to the previous one.
    if (position < outEnd || (position === outEnd && side === 'end' && outLength > 0)) {
      if (position === out) return inPos;
      if (position === outEnd) return inPos + inLength;
      if (outLength === inLength) return inPos + (position - out);
      return side === 'start' ? inPos : inPos + inLength;
    }
    out = outEnd;
    inPos += inLength;
  }
  return inPos;
}

function fallbackPieces(textLength: number, originalLength: number): number[] {
  if (textLength === originalLength || textLength === 0) return [textLength, originalLength];
  // Proportional: one 1:1-looking piece per character keeps spans inside the original.
  const pieces: number[] = [];
  let inDone = 0;
  for (let i = 1; i <= textLength; i++) {
    const inAt = Math.round((i * originalLength) / textLength);
    pieces.push(1, inAt - inDone);
    inDone = inAt;
  }
  return pieces;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(Math.trunc(value), low), high);
}
