import type { TermEntry } from '../engine/entry';
import { parseEntries, serializeEntries } from '../engine/serialize';
import { exportCsv, importCsv } from './csv';
import { exportTbx, importTbx } from './tbx';
import { exportTsv, importTsv } from './tsv';
import { exportXlsx, importXlsx } from './xlsx';
import { GLOSSARY_FORMATS, type GlossaryFormat, type ImportOptions, type ImportResult } from './types';

export * from './types';

/** The file bytes of a glossary in the given format. Text formats are UTF-8. */
export async function exportGlossary(entries: readonly TermEntry[], format: GlossaryFormat): Promise<Uint8Array> {
  switch (format) {
    case 'tbx':
    case 'tbx2':
      return utf8(exportTbx(entries, format));
    case 'tsv':
      return utf8(exportTsv(entries));
    case 'csv':
      return utf8(exportCsv(entries));
    case 'xlsx':
      return exportXlsx(entries);
    case 'json':
      return utf8(serializeEntries(entries));
  }
}

/** Reads a glossary file: the valid entries and a located problem for everything else. Never throws on bad content. */
export async function importGlossary(bytes: Uint8Array, format: GlossaryFormat, options: ImportOptions = {}): Promise<ImportResult> {
  if (format === 'xlsx') return importXlsx(bytes, options);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  switch (format) {
    case 'tbx':
    case 'tbx2':
      return importTbx(text, options);
    case 'tsv':
      return importTsv(text, options);
    case 'csv':
      return importCsv(text, options);
    case 'json': {
      const { entries, problems } = parseEntries(text);
      return { format, entries, problems };
    }
  }
}

/** The format a file name suggests (.tbx → TBX-Basic unless the content is martif), or undefined. */
export function formatFromFileName(fileName: string, bytes?: Uint8Array): GlossaryFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case 'tbx':
    case 'xml': {
      const head = bytes ? new TextDecoder().decode(bytes.subarray(0, 2000)) : '';
      return /<martif[\s>]/.test(head) ? 'tbx2' : 'tbx';
    }
    case 'tsv':
    case 'txt':
    case 'utf8':
    case 'tab':
      return 'tsv';
    case 'csv':
      return 'csv';
    case 'xlsx':
      return 'xlsx';
    case 'json':
      return 'json';
    default:
      return undefined;
  }
}

export function isGlossaryFormat(value: string): value is GlossaryFormat {
  return (GLOSSARY_FORMATS as readonly string[]).includes(value);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
