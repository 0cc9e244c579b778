import { AhoCorasick } from './aho-corasick';
import { balanceMarks, foldTerm } from './match-folding';
import { compareForSuggestion, type ResolvedEntry } from './layers';

/** A glossary term found in a text. Offsets are code-unit offsets in the text that was matched. */
export interface TermMatch {
  start: number;
  end: number;
  /** The text as it stands between start and end (may include quotes: “1310”具体部署). */
  text: string;
  /** The entry form that matched: the canonical zh or one of its variants. */
  form: string;
  /** The entry to suggest, with its layer. */
  term: ResolvedEntry;
  /** Other entries claiming the same form, in lower priority (a personal entry hides a built-in one). */
  alsoIn: ResolvedEntry[];
}

/**
 * The match index over a resolved glossary: one Aho-Corasick automaton over every form (canonical zh,
 * Traditional form, abbreviations, punctuation variants) of every entry that may be suggested.
 * Deprecated entries are left out. Immutable: rebuild it when the glossary changes.
 */
export class GlossaryIndex {
  private constructor(
    private readonly automaton: AhoCorasick,
    private readonly forms: MatchedForm[],
    readonly entries: readonly ResolvedEntry[],
  ) {}

  static build(entries: readonly ResolvedEntry[]): GlossaryIndex {
    const byKey = new Map<string, { form: string; owners: ResolvedEntry[] }>();
    for (const resolved of entries) {
      if (resolved.entry.status === 'deprecated') continue;
      const forms = [resolved.entry.zh, ...resolved.entry.variants.map((v) => v.text)];
      for (const form of forms) {
        const key = foldTerm(form);
        if (key.length === 0) continue;
        let owners = byKey.get(key);
        if (!owners) byKey.set(key, (owners = { form, owners: [] }));
        if (!owners.owners.includes(resolved)) owners.owners.push(resolved);
      }
    }
    // owners[0] and the rest, computed once (shared, read-only) so matching allocates nothing for them.
    const forms: MatchedForm[] = [...byKey.values()].map(({ form, owners }) => {
      owners.sort(compareForSuggestion);
      return { form, term: owners[0]!, alsoIn: owners.slice(1) };
    });
    return new GlossaryIndex(AhoCorasick.build(forms.map((f) => f.form)), forms, entries);
  }

  get formCount(): number {
    return this.forms.length;
  }

  /**
   * The terms of a (cleaned, Simplified) text, leftmost-longest, in reading order, as flat arrays: the
   * whole of matching without one object per term (see `FoundTerms`). Spans are widened to balance a
   * quote or title mark the term was written across (see `balanceMarks`).
   */
  findTerms(text: string): FoundTerms {
    const { count, starts, ends, patterns, holdsSkipped } = this.automaton.leftmostLongestSpans(text);
    for (let k = 0; k < count; k++) {
      if (holdsSkipped[k] === 0) continue;
      const span = balanceMarks(text, starts[k], ends[k]);
      starts[k] = span.start;
      ends[k] = span.end;
    }
    return { count, starts, ends, forms: patterns };
  }

  /** Found form `form` (FoundTerms.forms[k]): the entry to suggest and the entries it hides. */
  formOf(form: number): MatchedForm {
    return this.forms[form]!;
  }

  /** The terms of a (cleaned, Simplified) text, leftmost-longest, in reading order: `findTerms` as objects. */
  match(text: string): TermMatch[] {
    const found = this.findTerms(text);
    const matches: TermMatch[] = [];
    for (let k = 0; k < found.count; k++) matches.push(termMatch(text, found, k, this.formOf(found.forms[k])));
    return matches;
  }
}

/**
 * Found terms as flat arrays: term `k < count` spans `starts[k]`..`ends[k]` of the text and matched form
 * `forms[k]` (`GlossaryIndex.formOf`). For bulk work over large texts, where one object per term would
 * cost more than finding the terms.
 */
export interface FoundTerms {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  forms: Int32Array;
}

/** A form of the glossary (canonical zh or a variant) and the entries claiming it, highest priority first. */
export interface MatchedForm {
  form: string;
  term: ResolvedEntry;
  alsoIn: ResolvedEntry[];
}

/** Found term `k` as a TermMatch (one object shape for every match, so arrays of them stay monomorphic). */
export function termMatch(text: string, found: FoundTerms, k: number, form: MatchedForm): TermMatch {
  const start = found.starts[k];
  const end = found.ends[k];
  return { start, end, text: text.slice(start, end), form: form.form, term: form.term, alsoIn: form.alsoIn };
}
