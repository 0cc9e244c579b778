import ExcelJS from 'exceljs';
import type { TermEntry } from '../engine/entry';
import { sortEntriesById } from '../engine/serialize';
import { importTable } from './csv';
import { TABLE_COLUMNS, entryToRow } from './table-columns';
import type { ImportOptions, ImportResult } from './types';

/** XLSX with one sheet "Glossary": the same columns as CSV, header row frozen, every cell text. */
export async function exportXlsx(entries: readonly TermEntry[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Duizhao';
  const sheet = workbook.addWorksheet('Glossary', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TABLE_COLUMNS.map((key) => ({ header: key, key, width: key === 'zh' || key === 'en' || key === 'note' ? 40 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of sortEntriesById(entries)) sheet.addRow(entryToRow(entry));
  // Text format, so Excel does not turn 1310 or 2026-01-01 into numbers and dates.
  sheet.eachRow((row) => row.eachCell((cell) => (cell.numFmt = '@')));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function importXlsx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    return { format: 'xlsx', entries: [], problems: [{ where: 'file', message: `not a readable .xlsx workbook: ${(error as Error).message}` }] };
  }
  const sheet = workbook.getWorksheet('Glossary') ?? workbook.worksheets[0];
  if (!sheet) return { format: 'xlsx', entries: [], problems: [{ where: 'file', message: 'the workbook has no sheet' }] };
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, TABLE_COLUMNS.length); c++) cells.push(cellText(row.getCell(c).value));
    records.push(cells);
    rowNumbers.push(rowNumber);
  });
  return importTable(records, 'xlsx', (index) => `sheet ${sheet.name}, row ${rowNumbers[index] ?? index + 1}`, options);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value);
}
