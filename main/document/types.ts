/**
 * The document model shared by every capability: what import + cleanup + segmentation produce.
 * Pure types, no I/O: the renderer, the CLI and every service use them.
 */

/** What a segment is. Only `body` (and `headline`) are normally translated; the rest are dimmed and skippable. */
export type SegmentKind =
  | 'body'
  | 'headline'
  | 'caption'
  | 'chrome'
  | 'dateline'
  | 'byline'
  | 'foreign';

export const SEGMENT_KINDS: readonly SegmentKind[] = ['body', 'headline', 'caption', 'chrome', 'dateline', 'byline', 'foreign'];

export type Script = 'simplified' | 'traditional';

export interface Segment {
  /** Stable id within the document, e.g. "s12". Never reused for another span. */
  id: string;
  /** 0-based index of the paragraph this segment belongs to. */
  paragraph: number;
  kind: SegmentKind;
  /** Cleaned Simplified text of the sentence. */
  text: string;
  /** The same span as it was in the file (Traditional, with pinyin, scraping damage...). */
  original: string;
  /** Offsets of `text` in the cleaned paragraph text: paragraph.text.slice(start, end) === text (plus inter-sentence whitespace). */
  start: number;
  end: number;
  /** Offsets of `original` in the paragraph's original text. */
  originalStart: number;
  originalEnd: number;
  /**
   * How `text` maps onto `original`, as flat pairs [textLength, originalLength, ...] (equal lengths map
   * character for character; unequal ones are one replacement). Optional: read it through
   * `mapSpanToOriginal` (document/offsets.ts), which copes without it.
   */
  originalPieces?: number[];
}

export interface Paragraph {
  index: number;
  kind: SegmentKind;
  /** Cleaned Simplified paragraph text; the paragraph's segments rebuild it exactly. */
  text: string;
  /** The paragraph as it was in the file (after decoding). */
  original: string;
  /** Where `original` starts in the decoded file text (optional; set by prepare). */
  originalOffset?: number;
}

/** One cleanup step's report: "converted 412 Traditional characters". */
export interface CleanupChange {
  step: CleanupStep;
  count: number;
  /** A few before → after examples, for the report. */
  examples: string[];
}

export type CleanupStep =
  | 'script'
  | 'pinyin'
  | 'punctuation'
  | 'line-breaks'
  | 'page-numbers'
  | 'non-body';

export interface EncodingReport {
  /** Name as iconv-lite knows it: 'utf-8', 'utf-16le', 'gb18030', 'big5'. */
  name: string;
  /** Whether a BOM decided it. */
  bom: boolean;
  /** False when detection was a best guess: the UI must tell the user which encoding was used. */
  certain: boolean;
  confidence: number;
}

export type SourceFormat = 'txt' | 'docx' | 'html' | 'paste';

/** A kind the file itself states for a span of its decoded text (a .docx heading, an HTML <h1>). */
export interface KindHint {
  start: number;
  end: number;
  kind: SegmentKind;
}

/** What import hands to cleanup: the decoded text of a file, before any change. */
export interface ImportedText {
  sourceName: string;
  format: SourceFormat;
  /** Decoded text; paragraphs separated by line breaks. */
  text: string;
  encoding?: EncodingReport;
  hints: KindHint[];
  warnings: string[];
}

export interface PreparedDocument {
  sourceName: string;
  format: SourceFormat;
  encoding?: EncodingReport;
  script: Script;
  paragraphs: Paragraph[];
  segments: Segment[];
  changes: CleanupChange[];
  /** Things the user should know, e.g. "encoding guessed as GB18030". */
  warnings: string[];
}

/** Segment statuses as CAT tools know them. `translated` means confirmed. */
export type SegmentStatus = 'new' | 'draft' | 'translated' | 'reviewed';
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed'];
