/** Character classes the cleanup steps and the segmenter share. */

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

export function isLatin(char: string | undefined): boolean {
  return char !== undefined && LATIN.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Full-width CJK punctuation and quotes: text next to them is Chinese text. */
export function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && /[\u3000-\u303F\uFF00-\uFFEF“”‘’…—]/.test(char);
}

/** Han or CJK punctuation: the context in which ASCII marks are scraping damage. */
export function isChineseContext(char: string | undefined): boolean {
  return isHan(char) || isCjkPunctuation(char);
}

/** Whitespace including the ideographic space and no-break space. */
export const WHITESPACE = /[\s\u3000\u00A0]/;

export function isSpace(char: string | undefined): boolean {
  return char !== undefined && WHITESPACE.test(char);
}

/** Marks that end a Chinese sentence. */
export const SENTENCE_END = '。！？!?…';

/** Closing quotes and brackets that stay with the sentence they close. */
export const CLOSERS = '”’」』）)》〉】]"\'〕';

export function countHan(text: string): number {
  let count = 0;
  for (const char of text) if (HAN.test(char)) count++;
  return count;
}

export function countLatin(text: string): number {
  let count = 0;
  for (const char of text) if (LATIN.test(char)) count++;
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
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  return { start: from, end: to };
}
