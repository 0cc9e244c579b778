import { CLOSERS, skipSpace, trimEnd } from '../cleanup/characters';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Chinese sentence boundaries in one paragraph. A sentence ends after a run of 。！？ (or ASCII !?)
 * or an ellipsis (……), together with any closing quotes/brackets that follow (`…“金钥匙”。`,
 * `…。”`). It does not end when the run is followed by a comma-like mark (`“……”，他说`), and never at
 * ；or ：. Ranges are trimmed of whitespace; the whitespace between them belongs to no sentence.
 */
const TERMINATORS = new Set('。！？!?…');
const CONTINUATION = new Set('，、；：,;:');
const CLOSING = new Set(CLOSERS);

export function splitChineseSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  const nextMark = /[。！？!?…]/g;
  while (i < text.length) {
    nextMark.lastIndex = i;
    const found = nextMark.exec(text);
    if (!found) break;
    i = found.index;
    let end = i;
    while (end < text.length && TERMINATORS.has(text[end]!)) end++;
    if (text.slice(i, end) === '…') {
      // A single … is an omission inside the sentence; the sentence-ending form is ……
      i = end;
      continue;
    }
    // Marks and closers may interleave: `“干！”。` ends after the 。
    while (end < text.length && (CLOSING.has(text[end]!) || TERMINATORS.has(text[end]!))) end++;
    if (end < text.length && CONTINUATION.has(text[end]!)) {
      i = end;
      continue;
    }
    // An ASCII ! or ? inside Latin text ("Yahoo!") is not a Chinese sentence end.
    if (isAsciiInsideLatin(text, i, end)) {
      i = end;
      continue;
    }
    ranges.push({ start, end });
    start = skipSpace(text, end);
    i = start;
  }
  const tailEnd = trimEnd(text, start, text.length);
  if (tailEnd > start) ranges.push({ start, end: tailEnd });
  return ranges;
}

function isAsciiInsideLatin(text: string, markStart: number, end: number): boolean {
  const marks = text.slice(markStart, end);
  if (!/^[!?]+$/.test(marks.replace(/[”’"')\]]+$/, ''))) return false;
  const next = text[end];
  return next !== undefined && /[A-Za-z0-9]/.test(next);
}
