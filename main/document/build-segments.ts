import { classifyParagraph, reportNonBody } from '../cleanup/non-body';
import { linesOf, trimmedRange } from '../cleanup/characters';
import { splitChineseSentences, type TextRange } from '../segmentation/chinese';
import { leadInLength } from '../segmentation/lead-in';
import { mapSpan, piecesOf, type TextMap } from './text-map';
import type { CleanupChange, KindHint, Paragraph, Segment, SegmentKind } from './types';

export interface BuiltDocument {
  paragraphs: Paragraph[];
  segments: Segment[];
  nonBody: CleanupChange;
}

/**
 * Paragraphs are the non-blank lines of the cleaned text; each is classified, body paragraphs are split
 * into sentences (a news lead-in first), the others stay whole. Every span is traced back to the
 * original through the cleanup map.
 */
export function buildSegments(cleaned: string, original: string, map: TextMap, hints: readonly KindHint[] = []): BuiltDocument {
  const paragraphs: Paragraph[] = [];
  const segments: Segment[] = [];
  for (const line of linesOf(cleaned)) {
    const range = trimmedRange(cleaned, line.start, line.end);
    if (range.end === range.start) continue;
    const text = cleaned.slice(range.start, range.end);
    const [originalStart, originalEnd] = mapSpan(map, range.start, range.end);
    const kind = classifyParagraph(text, hintAt(hints, originalStart, originalEnd));
    const index = paragraphs.length;
    paragraphs.push({ index, kind, text, original: original.slice(originalStart, originalEnd), originalOffset: originalStart });

    for (const sentence of sentencesOf(text, kind)) {
      const absoluteStart = range.start + sentence.start;
      const absoluteEnd = range.start + sentence.end;
      const [from, to] = mapSpan(map, absoluteStart, absoluteEnd);
      segments.push({
        id: `s${segments.length + 1}`,
        paragraph: index,
        kind: sentence.kind,
        text: text.slice(sentence.start, sentence.end),
        original: original.slice(from, to),
        start: sentence.start,
        end: sentence.end,
        originalStart: from - originalStart,
        originalEnd: to - originalStart,
        originalPieces: piecesOf(map, absoluteStart, absoluteEnd),
      });
    }
  }
  return { paragraphs, segments, nonBody: reportNonBody(paragraphs) };
}

function sentencesOf(text: string, kind: SegmentKind): Array<TextRange & { kind: SegmentKind }> {
  if (kind !== 'body') return [{ start: 0, end: text.length, kind }];
  const leadIn = leadInLength(text);
  const rest = splitChineseSentences(text.slice(leadIn)).map((range) => ({ start: range.start + leadIn, end: range.end + leadIn, kind }));
  if (leadIn === 0) return rest;
  let leadEnd = leadIn;
  while (leadEnd > 0 && /\s/.test(text[leadEnd - 1]!)) leadEnd--;
  return [{ start: 0, end: leadEnd, kind: 'dateline' as const }, ...rest];
}

function hintAt(hints: readonly KindHint[], start: number, end: number): SegmentKind | undefined {
  return hints.find((hint) => hint.start < Math.max(end, start + 1) && start < hint.end)?.kind;
}
