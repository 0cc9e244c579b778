import { promises as fs } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ImportedText } from '../document/types';
import { UserFacingError } from '../common/errors';
import { decodeDeclared, decodeText, type SupportedEncoding } from './decode-text';
import { readDocx } from './docx';
import { readHtml } from './html';

/** Larger files are refused: no article is that long, and the editor would not cope. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileSource = { kind: 'path'; path: string } | { kind: 'bytes'; name: string; base64: string };

export interface ReadOptions {
  signal?: AbortSignal;
  /** Skip encoding detection for .txt (the user picked the encoding). */
  encoding?: SupportedEncoding;
}

/** A file on disk or uploaded bytes → decoded text with kind hints. */
export async function readSource(source: FileSource, options: ReadOptions = {}): Promise<ImportedText> {
  if (source.kind === 'path') {
    const name = basename(source.path);
    const bytes = await readFileChecked(source.path, name);
    return readBytes(bytes, name, options);
  }
  // base64 is 4/3 of the bytes: refuse before decoding a huge upload.
  if (source.base64.length > Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4) throw tooLarge(source.name, Math.floor((source.base64.length * 3) / 4));
  return readBytes(Buffer.from(source.base64, 'base64'), source.name, options);
}

type Format = 'txt' | 'docx' | 'html';

/** Bytes of a named file → decoded text; the format comes from the extension, or from the bytes. */
export async function readBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ImportedText> {
  if (bytes.byteLength === 0) throw empty(name);
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(name, bytes.byteLength);
  options.signal?.throwIfAborted();
  const format = formatOf(name, bytes);
  let imported: ImportedText;
  if (format === 'docx') imported = await readDocx(bytes, name);
  else if (format === 'html') {
    // The translator's choice wins; a page's own <meta charset> is checked against its bytes.
    const declared = options.encoding ? undefined : declaredCharset(bytes);
    const decoded = declared ? decodeDeclared(bytes, name, declared) : decodeText(bytes, name, options.encoding);
    imported = { ...readHtml(decoded.text, name), encoding: decoded.encoding, warnings: decoded.warnings };
  } else {
    const decoded = decodeText(bytes, name, options.encoding);
    imported = { sourceName: name, format: 'txt', text: decoded.text, encoding: decoded.encoding, hints: [], warnings: decoded.warnings };
  }
  if (imported.text.trim().length === 0) throw empty(name);
  return imported;
}

function formatOf(name: string, bytes: Uint8Array): Format {
  const extension = extname(name).toLowerCase();
  if (extension === '.docx' || extension === '.doc') return 'docx';
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  if (extension === '.pdf' || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new UserFacingError('IMPORT_PDF', `${name} is a PDF; Duizhao reads its text, not the PDF itself.`, 'Copy the text out of the PDF (or run pdftotext) and paste or open that.');
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').toLowerCase();
  if (extension === '' && /<!doctype html|<html/.test(head)) return 'html';
  return 'txt';
}

/** `<meta charset="gbk">` and friends: the encoding a web page says it is in, and the label it used. */
export function declaredCharset(bytes: Uint8Array): { encoding: SupportedEncoding; label: string } | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').toLowerCase();
  const label = /<meta[^>]+charset\s*=\s*["']?([a-z0-9_-]+)/.exec(head)?.[1];
  if (!label) return undefined;
  if (['gbk', 'gb2312', 'gb18030', 'x-gbk'].includes(label)) return { encoding: 'gb18030', label };
  if (['big5', 'big5-hkscs', 'x-big5'].includes(label)) return { encoding: 'big5', label };
  if (label === 'utf-8' || label === 'utf8') return { encoding: 'utf-8', label };
  return undefined;
}

async function readFileChecked(path: string, name: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserFacingError('IMPORT_NOT_FOUND', `${path} does not exist.`, 'Check the file name and folder.');
    if (code === 'EACCES' || code === 'EPERM') throw new UserFacingError('IMPORT_NO_ACCESS', `${path} cannot be read (permission denied).`);
    throw error;
  }
  if (stat.isDirectory()) throw new UserFacingError('IMPORT_IS_DIRECTORY', `${path} is a folder, not a file.`, 'Choose a file inside it.');
  if (stat.size === 0) throw empty(name);
  if (stat.size > MAX_IMPORT_BYTES) throw tooLarge(name, stat.size);
  return fs.readFile(path);
}

function empty(name: string): UserFacingError {
  return new UserFacingError('IMPORT_EMPTY', `${name} is empty: there is no text to translate.`, 'Check that it is the right file.');
}

function tooLarge(name: string, size: number): UserFacingError {
  return new UserFacingError(
    'IMPORT_TOO_LARGE',
    `${name} is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
    'Split it into smaller files.',
  );
}
