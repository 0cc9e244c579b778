import { termEntrySchema, type TermEntry } from './entry';

/**
 * Deterministic JSON for glossary entries, so a glossary kept in git merges cleanly:
 * - keys always in the same order (the order of `ENTRY_KEY_ORDER`), optional fields left out when unset;
 * - 2-space indent, every array item on its own line, so adding an alternate is a one-line change;
 * - entries sorted by id (code-point order, not locale order, so every machine sorts the same),
 *   and no entry's text depends on its neighbours.
 * Arrays keep their order (alternates are in order of preference) except `tags`, which are a set.
 */
export const ENTRY_KEY_ORDER = [
  'id',
  'zh',
  'variants',
  'en',
  'alternates',
  'forbidden',
  'note',
  'history',
  'tags',
  'sources',
  'status',
  'createdBy',
  'createdAt',
  'modifiedBy',
  'modifiedAt',
] as const satisfies readonly (keyof TermEntry)[];

const NESTED_KEY_ORDER: Record<string, readonly string[]> = {
  variants: ['text', 'type'],
  forbidden: ['text', 'reason'],
  history: ['en', 'from', 'until', 'note'],
  sources: ['authority', 'reference', 'note'],
};

/** The entry as a plain object with keys in canonical order (what `serializeEntry` prints). */
export function canonicalEntry(entry: TermEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ENTRY_KEY_ORDER) {
    const value = entry[key];
    if (value === undefined) continue;
    if (key === 'tags') {
      out.tags = [...new Set(value as string[])].sort(compareCodePoints);
    } else if (key in NESTED_KEY_ORDER) {
      out[key] = (value as Array<Record<string, unknown>>).map((item) => orderKeys(item, NESTED_KEY_ORDER[key]));
    } else if (Array.isArray(value)) {
      out[key] = [...value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

function orderKeys(item: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (item[key] !== undefined) out[key] = item[key];
  return out;
}

/** One entry as deterministic JSON (2-space indent, trailing newline): e.g. one file per entry. */
export function serializeEntry(entry: TermEntry): string {
  return JSON.stringify(canonicalEntry(entry), null, 2) + '\n';
}

/** A whole glossary as a deterministic JSON array sorted by id. Duplicate ids are refused. */
export function serializeEntries(entries: readonly TermEntry[]): string {
  const sorted = sortEntriesById(entries);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id) throw new Error(`Two glossary entries share the id "${sorted[i].id}".`);
  }
  return JSON.stringify(sorted.map(canonicalEntry), null, 2) + '\n';
}

export function sortEntriesById<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareCodePoints(a.id, b.id));
}

/** Code-unit comparison: the same order on every machine and locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface EntryParseProblem {
  /** Where: "entry 3 (id liang-ge-que-li): en" or "line 12". */
  where: string;
  message: string;
}

export interface ParsedEntries {
  entries: TermEntry[];
  problems: EntryParseProblem[];
}

/**
 * Reads what `serializeEntries` wrote (or any JSON array of entries): valid entries plus a problem per
 * invalid one, naming its position and id. Invalid JSON gives one problem with the line and column.
 */
export function parseEntries(text: string): ParsedEntries {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { entries: [], problems: [{ where: jsonErrorLocation(text, error), message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(data)) return { entries: [], problems: [{ where: 'file', message: 'expected a JSON array of glossary entries' }] };
  return validateEntries(data);
}

/** Validates raw objects against the entry schema: what passes, and what fails with the reason. */
export function validateEntries(items: readonly unknown[], describe: (index: number) => string = (i) => `entry ${i + 1}`): ParsedEntries {
  const entries: TermEntry[] = [];
  const problems: EntryParseProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const parsed = termEntrySchema.safeParse(item);
    const idText = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? ` (id ${(item as { id: string }).id})` : '';
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ');
      problems.push({ where: describe(index) + idText, message: detail });
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({ where: describe(index) + idText, message: `duplicate id "${parsed.data.id}"` });
      return;
    }
    seen.add(parsed.data.id);
    entries.push(parsed.data);
  });
  return { entries, problems };
}

function jsonErrorLocation(text: string, error: unknown): string {
  const match = /position (\d+)/.exec((error as Error).message ?? '');
  if (!match) return 'file';
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}`;
}
