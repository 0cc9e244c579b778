import { MappedTextBuilder, type TextMap } from '../document/text-map';

/**
 * Normalises line ends (\r\n, \r, U+2028/2029 → \n) and drops invisible scraping debris (zero-width
 * spaces, stray BOMs, soft hyphens) so the reported steps see plain lines. Not reported: nothing a
 * translator would call a change.
 */
export function normalizeNewlines(text: string): { text: string; map: TextMap } {
  const builder = new MappedTextBuilder(text);
  const pattern = /\r\n?|[\u2028\u2029]|[\u200B\u200C\u200D\u2060\uFEFF\u00AD]+/g;
  for (const match of text.matchAll(pattern)) {
    builder.copyTo(match.index);
    const isBreak = match[0].startsWith('\r') || match[0] === '\u2028' || match[0] === '\u2029';
    builder.replace(match.index + match[0].length, isBreak ? '\n' : '');
  }
  return builder.finish();
}
