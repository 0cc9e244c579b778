import type { TermEntry, TermEntryInput } from '../engine/entry';
import { sortEntriesById } from '../engine/serialize';
import { decodeExtras, encodeExtras, isExtras } from './extras';
import { IdRegistry, finishEntry } from './finish-entry';
import type { ImportOptions, ImportProblem, ImportResult } from './types';

/**
 * OmegaT's glossary.txt layout: UTF-8, one term per line, `source<TAB>target<TAB>comment`, lines starting
 * with # are comments. OmegaT reads the first three columns; Duizhao adds a fourth with the whole entry
 * (see extras.ts) so nothing is lost, and one extra line per variant (Traditional form, abbreviation)
 * so OmegaT also finds the term in Traditional source text. Those lines are marked and folded back on import.
 */
const VARIANT_MARK = 'duizhao-variant:';

export function exportTsv(entries: readonly TermEntry[]): string {
  const lines = ['# Duizhao glossary in OmegaT glossary.txt layout: source, target, comment; column 4 keeps every Duizhao field.'];
  for (const entry of sortEntriesById(entries)) {
    lines.push([entry.zh, entry.en, humanComment(entry), encodeExtras(entry)].map(cellText).join('\t'));
    for (const variant of entry.variants) {
      lines.push([variant.text, entry.en, `${variant.type} form of ${entry.zh}`, VARIANT_MARK + entry.id].map(cellText).join('\t'));
    }
  }
  return lines.join('\n') + '\n';
}

function humanComment(entry: TermEntry): string {
  const parts: string[] = [];
  if (entry.note) parts.push(entry.note);
  if (entry.alternates.length) parts.push(`Also: ${entry.alternates.join('; ')}`);
  if (entry.forbidden.length) parts.push(`Do not use: ${entry.forbidden.map((f) => f.text).join('; ')}`);
  if (entry.status !== 'approved') parts.push(`Status: ${entry.status}`);
  if (entry.sources.length) parts.push(`Source: ${entry.sources.map((s) => s.authority).join('; ')}`);
  return parts.join(' · ');
}

function cellText(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

export function importTsv(text: string, options: ImportOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  // Plain OmegaT lines are grouped by source term: the first target is preferred, the others alternates.
  const drafts = new Map<string, { draft: Partial<TermEntryInput>; line: number }>();
  const order: string[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '' || raw.startsWith('#')) return;
      const columns = raw.split('\t');
      const [source = '', target = '', comment = '', extra = ''] = columns.map((c) => c.trim());
      if (extra.startsWith(VARIANT_MARK)) return;
      if (columns.length < 2 || source === '' || target === '') {
        problems.push({ where: `line ${line}`, message: 'expected source term, a tab, then its translation (OmegaT glossary layout)' });
        return;
      }
      if (extra && isExtras(extra)) {
        const decoded = decodeExtras(extra);
        if (decoded.error) {
          problems.push({ where: `line ${line}, column 4`, message: decoded.error });
          return;
        }
        const key = `#${line}`;
        drafts.set(key, { draft: { ...decoded.entry, zh: source, en: target } as Partial<TermEntryInput>, line });
        order.push(key);
        return;
      }
      const existing = drafts.get(source);
      if (existing && !existing.draft.id) {
        if (target !== existing.draft.en && !existing.draft.alternates!.includes(target)) existing.draft.alternates!.push(target);
        if (comment) existing.draft.note = [existing.draft.note, comment].filter(Boolean).join('\n');
        return;
      }
      drafts.set(source, { draft: { zh: source, en: target, alternates: [], note: comment || undefined }, line });
      order.push(source);
    });
  const ids = new IdRegistry(options.takenIds);
  const entries: TermEntry[] = [];
  for (const key of order) {
    const { draft, line } = drafts.get(key)!;
    const { entry, problem } = finishEntry(draft, `line ${line}`, ids, options);
    if (entry) entries.push(entry);
    if (problem) problems.push(problem);
  }
  return { format: 'tsv', entries, problems };
}
