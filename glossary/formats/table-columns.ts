import { VARIANT_TYPES, type TermEntry, type TermEntryInput } from '../engine/entry';

/**
 * The spreadsheet layout shared by CSV and XLSX: one row per entry, one column per field, readable and
 * editable in Excel. Lists of words are ` | `-separated; lists of records are written the short way when
 * they have nothing but their main text (forbidden renderings without reasons, sources with only an
 * authority) and as a JSON array otherwise; both forms are read back.
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
    alternates: entry.alternates.join(SEPARATOR),
    forbidden: entry.forbidden.every((f) => f.reason === undefined) ? entry.forbidden.map((f) => f.text).join(SEPARATOR) : JSON.stringify(entry.forbidden),
    // 百千萬工程 (traditional) | 百千万 (abbreviation)
    variants: entry.variants.map((v) => `${v.text} (${v.type})`).join(SEPARATOR),
    note: entry.note ?? '',
    status: entry.status,
    tags: entry.tags.join(SEPARATOR),
    sources: entry.sources.every((s) => s.reference === undefined && s.note === undefined) ? entry.sources.map((s) => s.authority).join(SEPARATOR) : JSON.stringify(entry.sources),
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
    alternates: splitList(cell('alternates')),
    forbidden: readRecords(cell('forbidden'), 'forbidden', (text) => ({ text })),
    variants: splitList(cell('variants')).map(readVariant),
    note: optional('note'),
    tags: splitList(cell('tags')),
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
