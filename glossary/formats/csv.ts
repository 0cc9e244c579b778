import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { TermEntry } from '../engine/entry';
import { sortEntriesById } from '../engine/serialize';
import { IdRegistry, finishEntry } from './finish-entry';
import { TABLE_COLUMNS, entryToRow, rowToDraft, type TableColumn } from './table-columns';
import type { ImportOptions, ImportResult } from './types';

/** CSV (RFC 4180, UTF-8 with BOM so Excel opens Chinese correctly), one row per entry, header row first. */
export function exportCsv(entries: readonly TermEntry[]): string {
  const rows = sortEntriesById(entries).map((e) => TABLE_COLUMNS.map((c) => entryToRow(e)[c]));
  return '\uFEFF' + stringify([[...TABLE_COLUMNS], ...rows], { record_delimiter: 'unix' });
}

export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number };
    return { format: 'csv', entries: [], problems: [{ where: e.lines ? `line ${e.lines}` : 'file', message: `not valid CSV: ${e.message}` }] };
  }
  return importTable(records, 'csv', (index) => `row ${index + 1}`, options);
}

/** Shared by CSV and XLSX: the first row names the columns (any order, unknown ones ignored). */
export function importTable(records: string[][], format: 'csv' | 'xlsx', where: (rowIndex: number) => string, options: ImportOptions): ImportResult {
  const result: ImportResult = { format, entries: [], problems: [] };
  if (records.length === 0) {
    result.problems.push({ where: 'file', message: 'the file is empty' });
    return result;
  }
  const header = records[0].map((h) => h.trim());
  const missing = (['zh', 'en'] as const).filter((c) => !header.includes(c));
  if (missing.length > 0) {
    result.problems.push({ where: where(0), message: `the header row lacks the column(s) ${missing.join(', ')} (expected ${TABLE_COLUMNS.join(', ')})` });
    return result;
  }
  const ids = new IdRegistry(options.takenIds);
  records.slice(1).forEach((record, i) => {
    const rowIndex = i + 1;
    if (record.every((c) => c.trim() === '')) return;
    const row: Partial<Record<TableColumn, string>> = {};
    header.forEach((name, column) => {
      if ((TABLE_COLUMNS as readonly string[]).includes(name)) row[name as TableColumn] = record[column] ?? '';
    });
    try {
      const { entry, problem } = finishEntry(rowToDraft(row), where(rowIndex), ids, options);
      if (entry) result.entries.push(entry);
      if (problem) result.problems.push(problem);
    } catch (error) {
      result.problems.push({ where: where(rowIndex), message: (error as Error).message });
    }
  });
  return result;
}
