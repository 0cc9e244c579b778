/**
 * How characters compare when glossary terms are matched against Chinese text. One code unit maps to
 * one code unit (or is skipped), so offsets in the text never shift:
 * - quotation marks, title marks and whitespace are skipped, so “两个确立”, 《…》 and "1 + 6 + N" do not
 *   block a term, and a term written with quotes (“1310”具体部署) matches text written without;
 * - full-width ASCII (１３１０, ＋) reads as ASCII, Latin letters compare case-insensitively (村BA, 村ba);
 * - the enumeration comma 、 and the commas ，and , are one character, as are the middle dots.
 */

/** Marks and spaces that never block a match (they are skipped in both terms and text). */
const SKIPPED = '“”‘’"\'「」『』《》〈〉﹁﹂﹃﹄ \t\n\r\u00A0\u3000\u200B';

const SAME_AS: Record<string, string> = {
  '，': '、',
  ',': '、',
  '﹐': '、',
  '﹑': '、',
  '・': '·',
  '•': '·',
  '‧': '·',
  '－': '-',
  '—': '-',
  '–': '-',
  '‐': '-',
};

export const SKIP = -1;

/** The folded code unit for `code`, or SKIP. */
export function foldCode(code: number): number {
  return FOLD_TABLE[code];
}

function computeFold(code: number): number {
  const ch = String.fromCharCode(code);
  if (SKIPPED.includes(ch)) return SKIP;
  const same = SAME_AS[ch];
  if (same !== undefined) return same.charCodeAt(0);
  // Full-width ASCII block (！ to ～) → ASCII.
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return code;
}

/** Every BMP code unit's fold, computed once: a constant table, never written after module load. */
const FOLD_TABLE: Int32Array = (() => {
  const table = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = computeFold(code);
  return table;
})();

/** A term as the matcher sees it: folded, skipped characters removed. */
export function foldTerm(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i++) {
    const folded = foldCode(term.charCodeAt(i));
    if (folded !== SKIP) out += String.fromCharCode(folded);
  }
  return out;
}

/** ASCII letters and digits: a term that starts or ends with one must not continue a longer number or word. */
export function isAsciiWordCode(folded: number): boolean {
  return (folded >= 0x30 && folded <= 0x39) || (folded >= 0x61 && folded <= 0x7a);
}

const PAIRED_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
  ['〈', '〉'],
];

/** 1 for the code units of the paired marks: a constant table, never written after module load. */
const IS_PAIRED_MARK: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const [open, close] of PAIRED_MARKS) table[open.charCodeAt(0)] = table[close.charCodeAt(0)] = 1;
  return table;
})();

/** Whether text[start..end) contains a quote or title mark (if not, `balanceMarks` has nothing to do). */
function hasPairedMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (IS_PAIRED_MARK[text.charCodeAt(i)] !== 0) return true;
  return false;
}

/**
 * A match never starts or ends on a skipped mark, but a term written across one (“1310”具体部署) would
 * show a lone closing quote. Widen the span by the partner mark when it sits right outside, so the
 * highlighted text is balanced: “1310”具体部署.
 */
export function balanceMarks(text: string, start: number, end: number): { start: number; end: number } {
  // Fast path: most terms contain no paired mark at all.
  if (!hasPairedMark(text, start, end)) return { start, end };
  let s = start;
  let e = end;
  for (const [open, close] of PAIRED_MARKS) {
    const inside = text.slice(s, e);
    const opens = countOf(inside, open);
    const closes = countOf(inside, close);
    if (closes > opens && s > 0 && text[s - 1] === open) s -= 1;
    else if (opens > closes && e < text.length && text[e] === close) e += 1;
  }
  return { start: s, end: e };
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
