import { AhoCorasick } from './aho-corasick';
import { balanceMarks, foldTerm, hasPairedMark } from './match-folding';
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

interface FormOwners {
  form: string;
  owners: ResolvedEntry[];
  /** owners[0] and the rest, computed once (shared, read-only) so matching allocates nothing per term for them. */
  term?: ResolvedEntry;
  alsoIn?: ResolvedEntry[];
}

/**
 * The match index over a resolved glossary: one Aho-Corasick automaton over every form (canonical zh,
 * Traditional form, abbreviations, punctuation variants) of every entry that may be suggested.
 * Deprecated entries are left out. Immutable: rebuild it when the glossary changes.
 */
export class GlossaryIndex {
  private constructor(
    private readonly automaton: AhoCorasick,
    private readonly forms: FormOwners[],
    readonly entries: readonly ResolvedEntry[],
  ) {}

  static build(entries: readonly ResolvedEntry[]): GlossaryIndex {
    const byKey = new Map<string, FormOwners>();
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
    const forms = [...byKey.values()];
    for (const f of forms) {
      f.owners.sort(compareForSuggestion);
      f.term = f.owners[0];
      f.alsoIn = f.owners.slice(1);
    }
    return new GlossaryIndex(AhoCorasick.build(forms.map((f) => f.form)), forms, entries);
  }

  get formCount(): number {
    return this.forms.length;
  }

  /** The terms of a (cleaned, Simplified) text, leftmost-longest, in reading order. */
  match(text: string): TermMatch[] {
    const { count, starts, ends, patterns } = this.automaton.leftmostLongestSpans(text);
    const forms = this.forms;
    const matches: TermMatch[] = [];
    for (let k = 0; k < count; k++) {
      const owners = forms[patterns[k]];
      let start = starts[k];
      let end = ends[k];
      if (hasPairedMark(text, start, end)) {
        const span = balanceMarks(text, start, end);
        start = span.start;
        end = span.end;
      }
      // One object shape for every match (same keys, same order), so the array stays monomorphic.
      matches.push({ start, end, text: text.slice(start, end), form: owners.form, term: owners.term!, alsoIn: owners.alsoIn! });
    }
    return matches;
  }
}
