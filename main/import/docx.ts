import mammoth from 'mammoth';
import * as cheerio from 'cheerio';
import type { ImportedText } from '../document/types';
import { UserFacingError } from '../common/errors';
import { htmlBlocks, joinBlocks } from './html-blocks';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * A Word .docx: mammoth turns it into semantic HTML (headings from Word's heading styles, paragraphs,
 * lists, tables), whose blocks become lines; headings are hinted as headlines.
 */
export async function readDocx(bytes: Uint8Array, sourceName: string): Promise<ImportedText> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new UserFacingError('IMPORT_DOC_LEGACY', `${sourceName} is an old Word .doc file, not .docx.`, 'Open it in Word or LibreOffice and save it as .docx.');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new UserFacingError('IMPORT_DOCX_INVALID', `${sourceName} is not a Word .docx file.`, 'Check that the file is a .docx document.');
  }
  let html: string;
  let messages: Array<{ type: string; message: string }>;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw new UserFacingError(
      'IMPORT_DOCX_DAMAGED',
      `${sourceName} is damaged or truncated: it cannot be read as a Word document (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
      'Open it in Word to repair it, or save it again.',
    );
  }
  const $ = cheerio.load(html);
  const blocks = htmlBlocks($, $('body').get(0)!);
  const warnings = messages.filter((message) => message.type === 'error').map((message) => `${sourceName}: ${message.message}`);
  return { sourceName, format: 'docx', ...joinBlocks(blocks), warnings };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
