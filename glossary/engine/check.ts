import type { GlossaryLayer, TermStatus } from './entry';
import type { TermMatch } from './glossary-index';

/** Which source term a finding is about. */
export interface CheckedTerm {
  /** The term as it stands in the Chinese sentence, with its offsets there. */
  text: string;
  start: number;
  end: number;
  entryId: string;
  zh: string;
  layer: GlossaryLayer;
  status: TermStatus;
}

export interface MissingRendering {
  term: CheckedTerm;
  /** Renderings that would satisfy the check: preferred first. */
  expected: string[];
}

export interface ForbiddenRenderingFound {
  term: CheckedTerm;
  /** The forbidden rendering as the glossary lists it. */
  rendering: string;
  reason?: string;
  /** The entry's preferred English: what to write instead. */
  preferred: string;
  /** Where it is in the English sentence. */
  start: number;
  end: number;
  text: string;
}

export interface RenderingFound {
  term: CheckedTerm;
  rendering: string;
  start: number;
  end: number;
}

export interface TranslationCheck {
  /** Approved terms none of whose renderings the English uses: to fix. */
  missing: MissingRendering[];
  /**
   * Proposed (unverified) terms whose suggested rendering the English does not use: a note, not a fault,
   * since the translator may well know better than an unverified rendering.
   */
  unverified: MissingRendering[];
  forbidden: ForbiddenRenderingFound[];
  found: RenderingFound[];
}

/** The check of a sentence with nothing to check (no translation yet). */
export function emptyCheck(): TranslationCheck {
  return { missing: [], unverified: [], forbidden: [], found: [] };
}

/** What the translator has to fix: approved renderings missing and forbidden ones used (not the notes). */
export function issueCount(check: TranslationCheck): number {
  return check.missing.length + check.forbidden.length;
}

interface Token {
  /** Case-folded, singular, without possessive: what comparisons use. */
  stem: string;
  start: number;
  end: number;
  /** Capitalised like a place name (Meizhou, Xi'an), not an acronym (CPC) or a lower-case word. */
  name: boolean;
}

/**
 * QA for one sentence pair: which glossary terms of the Chinese sentence have none of their accepted
 * renderings (preferred, alternates, earlier official forms) in the English, and which forbidden
 * renderings the English uses. Tolerates what English grammar changes: case, plural, possessive,
 * a leading article, and hyphen/space/joined spellings (high-quality = high quality = highquality); and
 * the place name official English writes before "Municipal"/"Provincial" (a generic "secretary of the
 * CPC municipal committee" is satisfied by "secretary of the CPC Meizhou Municipal Committee").
 * A forbidden form that sits inside an accepted rendering found in the sentence is not reported.
 */
export function checkTranslation(zh: string, en: string, matches: readonly TermMatch[]): TranslationCheck {
  const result = emptyCheck();
  const variants = englishVariants(en);
  const seenEntries = new Set<string>();
  for (const match of matches) {
    const { entry, layer } = match.term;
    // A term used twice in the sentence is checked once.
    if (seenEntries.has(entry.id)) continue;
    seenEntries.add(entry.id);
    const term: CheckedTerm = { text: match.text || zh.slice(match.start, match.end), start: match.start, end: match.end, entryId: entry.id, zh: entry.zh, layer, status: entry.status };
    const accepted = acceptedRenderings(entry);
    const acceptedSpans: Array<{ start: number; end: number }> = [];
    let first: RenderingFound | undefined;
    for (const rendering of accepted) {
      for (const span of findRendering(variants, rendering)) {
        acceptedSpans.push(span);
        if (!first) first = { term, rendering, ...span };
      }
    }
    if (first) result.found.push(first);
    else (entry.status === 'approved' ? result.missing : result.unverified).push({ term, expected: accepted });
    for (const forbidden of entry.forbidden) {
      for (const span of findRendering(variants, forbidden.text)) {
        const insideAccepted = acceptedSpans.some((a) => a.start <= span.start && span.end <= a.end);
        if (insideAccepted) continue;
        result.forbidden.push({ term, rendering: forbidden.text, reason: forbidden.reason, preferred: entry.en, ...span, text: en.slice(span.start, span.end) });
      }
    }
  }
  return result;
}

/** Preferred rendering, alternates, and the renderings official usage had before (history). */
export function acceptedRenderings(entry: TermMatch['term']['entry']): string[] {
  const all = [entry.en, ...entry.alternates, ...entry.history.map((h) => h.en)];
  // "Central Committee (the Party Central Committee)": the part before an explanatory bracket also counts.
  const withoutGlosses = all.map((r) => r.replace(/\s*[(（][^)）]*[)）]\s*$/, '').trim()).filter((r) => r.length > 0);
  return [...new Set([...all, ...withoutGlosses])];
}

/** The English sentence tokenised twice: hyphenated compounds split into words, and joined into one. */
function englishVariants(text: string): Token[][] {
  return [tokenize(text, false), tokenize(text, true)];
}

function findRendering(textVariants: Token[][], rendering: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const seen = new Set<string>();
  for (const joinHyphens of [false, true]) {
    const needle = dropLeadingArticle(tokenize(rendering, joinHyphens)).map((t) => t.stem);
    if (needle.length === 0) continue;
    for (const haystack of textVariants) {
      for (let i = 0; i + needle.length <= haystack.length; i++) {
        const last = matchAt(haystack, i, needle);
        if (last < 0) continue;
        const span = { start: haystack[i].start, end: haystack[last].end };
        const key = `${span.start}:${span.end}`;
        if (!seen.has(key)) {
          seen.add(key);
          spans.push(span);
        }
      }
    }
  }
  return spans;
}

/**
 * Words official English puts a place name in front of: a generic rendering "the CPC municipal
 * committee" is satisfied by "the CPC Meizhou Municipal Committee".
 */
const PLACE_SLOT_BEFORE = new Set(['municipal', 'provincial']);
const MAX_PLACE_WORDS = 2;

/** Index of the last haystack token when `needle` matches from `i` (a place name may precede "municipal"), else -1. */
function matchAt(haystack: Token[], i: number, needle: string[]): number {
  let h = i;
  for (let k = 0; k < needle.length; k++) {
    if (k > 0 && PLACE_SLOT_BEFORE.has(needle[k]!)) {
      for (let skipped = 0; skipped < MAX_PLACE_WORDS && haystack[h]?.name && haystack[h]!.stem !== needle[k]; skipped++) h++;
    }
    if (haystack[h]?.stem !== needle[k]) return -1;
    h++;
  }
  return h - 1;
}

const ARTICLES = new Set(['the', 'a', 'an']);

function dropLeadingArticle(tokens: Token[]): Token[] {
  return tokens.length > 1 && ARTICLES.has(tokens[0].stem) ? tokens.slice(1) : tokens;
}

/** Words of English text (letters/digits, apostrophes inside), hyphen-joined compounds as one word or several. */
function tokenize(text: string, joinHyphens: boolean): Token[] {
  const normalized = text.replace(/[’‘`´]/g, "'");
  const pattern = joinHyphens ? /[\p{L}\p{N}]+(?:['\-‐‑–][\p{L}\p{N}]+)*'?/gu : /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?/gu;
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(pattern)) {
    const word = joinHyphens ? m[0].replace(/[\-‐‑–]/g, '') : m[0];
    tokens.push({ stem: stem(word), start: m.index!, end: m.index! + m[0].length, name: /^\p{Lu}[^\p{Lu}]*\p{Ll}/u.test(m[0]) && !/^\p{Lu}\p{Lu}/u.test(m[0]) });
  }
  return tokens;
}

/** Case, possessive and plural folded away: "Affirmations'" and "affirmation" compare equal. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
