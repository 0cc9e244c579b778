/** Character classes the cleanup steps and the segmenter share. */

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

/** Han by code unit ranges first (fast, covers the BMP blocks), the Unicode property for the rest. */
export function isHan(char: string | undefined): boolean {
  if (char === undefined || char.length === 0) return false;
  const code = char.charCodeAt(0);
  if (isHanCode(code)) return true;
  return code >= 0xd800 && code <= 0xdbff ? HAN.test(char) : false;
}

/** CJK Unified Ideographs, Extension A, Compatibility Ideographs; surrogate pairs are not decided here. */
function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

export function isLatin(char: string | undefined): boolean {
  return char !== undefined && LATIN.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Full-width CJK punctuation and quotes: text next to them is Chinese text. */
export function isCjkPunctuation(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2026 || code === 0x2014;
}

/** Han or CJK punctuation: the context in which ASCII marks are scraping damage. */
export function isChineseContext(char: string | undefined): boolean {
  return isHan(char) || isCjkPunctuation(char);
}

/** Whitespace; JavaScript's \s includes the ideographic space (U+3000) and the no-break space. */
export const WHITESPACE = /\s/;

export function isSpace(char: string | undefined): boolean {
  return char !== undefined && WHITESPACE.test(char);
}

/** Marks that end a Chinese sentence. */
export const SENTENCE_END = '。！？!?…';

/** Closing quotes and brackets that stay with the sentence they close. */
export const CLOSERS = '”’」』）)》〉】]"\'〕';

export function countHan(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHanCode(code)) count++;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // Extensions B and later: a surrogate pair.
      if (HAN.test(text.slice(i, i + 2))) count++;
      i++;
    }
  }
  return count;
}

export function countLatin(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) count++;
  }
  return count;
}

/** Lines of a text with their offsets (without the '\n'). */
export function linesOf(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: newline });
    start = newline + 1;
  }
}

/** [start, end) of the line's content without surrounding whitespace; start === end for a blank line. */
export function trimmedRange(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.min(skipSpace(text, start), end);
  return { start: from, end: trimEnd(text, from, end) };
}

/** The first non-space position at or after `from`. */
export function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** `end` moved back over trailing spaces, not before `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  let to = end;
  while (to > start && isSpace(text[to - 1])) to--;
  return to;
}
