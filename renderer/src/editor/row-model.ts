import type { SegmentKind, SegmentStatus } from '../../../main/document/types';

/**
 * One row of the paired panes: a segment, its source text (left) and its translation (right).
 * Row i is line i+1 in both Monaco models; this mapping is what every edit must preserve.
 */
export interface Row {
  segmentId: string;
  paragraph: number;
  kind: SegmentKind;
  source: string;
  target: string;
  status: SegmentStatus;
}

export interface SegmentLike {
  id: string;
  paragraph: number;
  kind: string;
  text: string;
  target?: string;
  status?: string;
}

/** Only body text and headlines are translated by default; chrome, captions etc. are dimmed and skipped. */
export function isTranslatable(kind: SegmentKind): boolean {
  return kind === 'body' || kind === 'headline';
}

/** Any line break (CR, LF, CRLF, Unicode separators) inside a row, with the spaces around it. */
const LINE_BREAK = /[ \t]*(?:\r\n|[\r\n\u2028\u2029\v\f\u0085])[ \t]*/g;

/** A row is one line: line breaks (pasted, imported) become single spaces, tabs become spaces. */
export function flattenLineBreaks(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(/\t/g, ' ');
}

export function rowsFromSegments(segments: readonly SegmentLike[]): Row[] {
  return segments.map((segment) => ({
    segmentId: segment.id,
    paragraph: segment.paragraph,
    kind: segment.kind as SegmentKind,
    source: flattenLineBreaks(segment.text),
    target: flattenLineBreaks(segment.target ?? ''),
    status: (segment.status ?? 'new') as SegmentStatus,
  }));
}

/** Whether a row is the last of its paragraph (and not the last row): the panes show a gap after it. */
export function paragraphEnds(rows: readonly Row[]): boolean[] {
  return rows.map((row, i) => i < rows.length - 1 && rows[i + 1]!.paragraph !== row.paragraph);
}

export function isConfirmed(status: SegmentStatus): boolean {
  return status === 'translated' || status === 'reviewed';
}

/**
 * The next translatable row after `from` that is not confirmed, wrapping around to the top;
 * undefined when everything is confirmed.
 */
export function nextUnconfirmedRow(rows: readonly Row[], from: number): number | undefined {
  const n = rows.length;
  for (let step = 1; step <= n; step++) {
    const i = (from + step) % n;
    const row = rows[i]!;
    if (isTranslatable(row.kind) && !isConfirmed(row.status)) return i;
  }
  return undefined;
}

/** The neighbouring row in a direction, skipping non-body rows when asked; stays put at the ends. */
export function adjacentRow(rows: readonly Row[], from: number, direction: 1 | -1, skipNonBody = true): number {
  for (let i = from + direction; i >= 0 && i < rows.length; i += direction) {
    if (!skipNonBody || isTranslatable(rows[i]!.kind)) return i;
  }
  return from;
}

export interface Progress {
  done: number;
  total: number;
  percent: number;
}

/** Confirmed translatable rows over all translatable rows (what the status bar shows). */
export function progressOf(rows: readonly Row[]): Progress {
  const translatable = rows.filter((r) => isTranslatable(r.kind));
  const done = translatable.filter((r) => isConfirmed(r.status)).length;
  const total = translatable.length;
  return { done, total, percent: total === 0 ? 100 : Math.floor((done * 100) / total) };
}

/**
 * Status after the translator changed a row's text, as CAT tools do: typing into a new row makes it a
 * draft; changing a confirmed or reviewed row takes it back to draft; clearing a draft makes it new.
 */
export function statusAfterEdit(status: SegmentStatus, before: string, after: string): SegmentStatus {
  if (before === after) return status;
  if (after.trim() === '') return 'new';
  return 'draft';
}

/** Row index for a segment id. */
export function rowIndexOf(rows: readonly Row[], segmentId: string): number {
  return rows.findIndex((r) => r.segmentId === segmentId);
}
