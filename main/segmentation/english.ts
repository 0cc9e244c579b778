import { skipSpace, trimEnd } from '../cleanup/characters';

/**
 * English sentence splitting for translations (alignment, export, the target pane). A sentence ends
 * at . ! ? (with closing quotes/brackets) followed by space and a capital, digit or opening quote,
 * except after
 * - known abbreviations (Mr. Dr. No. U.S. Jan. e.g. Gov. Co. …) that do not end sentences,
 * - single-letter initials (`Xi J. Ping`, `U.S.` inside a name run),
 * - decimals and numbered items (`3.5`, `No. 4`), which never have a space after the dot anyway.
 * "U.S." and "etc." can end a sentence: when the next word is a typical sentence opener after them
 * (The, It, This ...), it splits there.
 */
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'capt', 'sgt', 'rep', 'sen', 'gov',
  'pres', 'rev', 'hon', 'amb', 'no', 'nos', 'vol', 'vols', 'art', 'fig', 'p', 'pp', 'para', 'sec', 'ch', 'ed', 'eds',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'cf', 'vs', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'inc', 'ltd', 'co', 'corp', 'a.m', 'p.m',
]);
/** Abbreviations that may also end a sentence. */
const AMBIGUOUS_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'p.r.c', 'etc', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp']);
const SENTENCE_OPENERS = new Set(['The', 'It', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'However', 'A', 'An', 'There', 'Its', 'His', 'Her', 'Their', 'Our', 'As', 'For', 'According']);
const CLOSING = `"'”’)]}»`;
const OPENING = `"'“‘([{«`;

export function splitEnglishSentences(text: string): string[] {
  return splitEnglishSentenceRanges(text).map(({ start, end }) => text.slice(start, end));
}

export function splitEnglishSentenceRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    let end = i + 1;
    while (end < text.length && '.!?…'.includes(text[end]!)) end++;
    while (end < text.length && CLOSING.includes(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    const nextStart = skipSpace(text, end);
    if (nextStart >= text.length) break;
    if (!startsSentence(text, nextStart)) continue;
    if (char === '.' && !isSentenceFinalDot(text, i, nextStart)) continue;
    ranges.push({ start, end: trimEnd(text, start, end) });
    start = nextStart;
    i = nextStart - 1;
  }
  const tailEnd = trimEnd(text, start, text.length);
  if (tailEnd > start) ranges.push({ start, end: tailEnd });
  return ranges;
}

function startsSentence(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && OPENING.includes(text[i]!)) i++;
  const first = text[i];
  return first !== undefined && (/[A-Z0-9]/.test(first) || /\p{Lu}/u.test(first) || /\p{Script=Han}/u.test(first));
}

/** Whether the dot at `dot` ends a sentence, looking at the word before it and the word after. */
function isSentenceFinalDot(text: string, dot: number, nextStart: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  const key = word.toLowerCase();
  const nextWord = /^[^\s]+/.exec(text.slice(nextStart))?.[0].replace(/[^A-Za-z]/g, '') ?? '';
  if (AMBIGUOUS_ABBREVIATIONS.has(key)) return SENTENCE_OPENERS.has(nextWord);
  if (NON_TERMINAL_ABBREVIATIONS.has(key)) return false;
  // Initials: "J. Smith", "X. J. Li" — a single capital letter before the dot.
  if (/^[A-Z]$/.test(word)) return false;
  // Dotted acronyms not in the lists ("P.R.C.", "a.k.a."): a sentence end only before an opener.
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return SENTENCE_OPENERS.has(nextWord);
  return true;
}
