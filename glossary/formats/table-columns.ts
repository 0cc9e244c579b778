import { VARIANT_TYPES, type TermEntry, type TermEntryInput } from '../engine/entry';

/**
 * The spreadsheet layout shared by CSV and XLSX: one row per entry, one column per field, readable and
 * editable in Excel. Lists are written the short way, ` | `-separated, when that reads back the same:
 * lists of words whose items hold no `|`, lists of records that have nothing but their main text
 * (forbidden renderings without reasons, sources with only an authority). Otherwise (an item contains
 * `|`, starts the cell with `[`, or has spaces at its ends; a record has more fields) the cell is a JSON
 * array. Both forms are read back.
 */
export const TABLE_COLUMNS = [
  'id',
  'zh',
  'en',
  'alternates',
  'forbidden',
  'variants',
  'note',
  'status',
  'tags',
  'sources',
  'history',
  'createdBy',
  'createdAt',
  'modifiedBy',
  'modifiedAt',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

const SEPARATOR = ' | ';

export function entryToRow(entry: TermEntry): Record<TableColumn, string> {
  return {
    id: entry.id,
    zh: entry.zh,
    en: entry.en,
    alternates: writeList(entry.alternates),
    forbidden: writeRecords(entry.forbidden, (f) => (f.reason === undefined ? f.text : undefined)),
    // 百千萬工程 (traditional) | 百千万 (abbreviation)
    variants: writeRecords(entry.variants, (v) => `${v.text} (${v.type})`),
    note: entry.note ?? '',
    status: entry.status,
    tags: writeList(entry.tags),
    sources: writeRecords(entry.sources, (s) => (s.reference === undefined && s.note === undefined ? s.authority : undefined)),
    history: entry.history.length ? JSON.stringify(entry.history) : '',
    createdBy: entry.createdBy ?? '',
    createdAt: entry.createdAt ?? '',
    modifiedBy: entry.modifiedBy ?? '',
    modifiedAt: entry.modifiedAt ?? '',
  };
}

/** Reads one row back; throws an Error naming the column for a cell that cannot be read. */
export function rowToDraft(row: Partial<Record<TableColumn, string>>): Partial<TermEntryInput> {
  const cell = (column: TableColumn) => (row[column] ?? '').trim();
  const optional = (column: TableColumn) => cell(column) || undefined;
  const draft: Partial<TermEntryInput> = {
    id: optional('id'),
    zh: cell('zh'),
    en: cell('en'),
    alternates: readList(cell('alternates')),
    forbidden: readRecords(cell('forbidden'), 'forbidden', (text) => ({ text })),
    variants: readRecords(cell('variants'), 'variants', readVariant),
    note: optional('note'),
    tags: readList(cell('tags')),
    sources: readRecords(cell('sources'), 'sources', (authority) => ({ authority })),
    history: readRecords(cell('history'), 'history', (en) => ({ en })),
    createdBy: optional('createdBy'),
    createdAt: optional('createdAt'),
    modifiedBy: optional('modifiedBy'),
    modifiedAt: optional('modifiedAt'),
  };
  const status = cell('status');
  if (status) draft.status = status as TermEntryInput['status'];
  return draft;
}

/** Whether ` | `-joining these items reads back as the same items. */
function joinable(items: readonly string[]): boolean {
  return items.every((item) => !item.includes('|') && item === item.trim() && item.length > 0) && !(items[0] ?? '').startsWith('[');
}

function writeList(items: readonly string[]): string {
  return joinable(items) ? items.join(SEPARATOR) : JSON.stringify(items);
}

/** Records the short way (`short` gives each one's text, or undefined when it has more to say), else JSON. */
function writeRecords<T>(records: readonly T[], short: (record: T) => string | undefined): string {
  const texts = records.map(short);
  return texts.every((text): text is string => text !== undefined) && joinable(texts) ? texts.join(SEPARATOR) : JSON.stringify(records);
}

/** A list of words: a JSON array of strings, or ` | `-separated (a cell that only looks like JSON is split). */
function readList(text: string): string[] {
  if (text.startsWith('[')) {
    try {
      const data = JSON.parse(text) as unknown;
      if (Array.isArray(data) && data.every((item) => typeof item === 'string')) return data;
    } catch {
      // "[City] Party secretary | ...": plain text after all.
    }
  }
  return splitList(text);
}

function splitList(text: string): string[] {
  return text
    .split(/\s*\|\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function readRecords<T>(text: string, column: TableColumn, fromText: (text: string) => T): T[] {
  if (text.startsWith('[')) {
    try {
      const data = JSON.parse(text) as unknown;
      if (!Array.isArray(data)) throw new Error('not a list');
      return data as T[];
    } catch (error) {
      throw new Error(`column ${column}: starts like a JSON list but is not one (${(error as Error).message})`);
    }
  }
  return splitList(text).map(fromText);
}

function readVariant(text: string): { text: string; type: (typeof VARIANT_TYPES)[number] } {
  const match = /^(.*?)\s*\(([a-z-]+)\)$/.exec(text);
  if (match && (VARIANT_TYPES as readonly string[]).includes(match[2])) return { text: match[1], type: match[2] as (typeof VARIANT_TYPES)[number] };
  return { text, type: 'other' };
}
