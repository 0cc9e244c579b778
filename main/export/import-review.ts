import type { Project } from '../project/schema';
import { UserFacingError } from '../common/errors';
import { planReviewImport, readReviewTable } from './review-table-import';
import { planXliffImport, readXliff } from './xliff-import';
import type { ImportReport } from './segment-changes';

/**
 * Reads a file an editor or another tool sent back, whichever it is: a review table (.docx, a zip) or an
 * XLIFF file (XML), recognised by content rather than by name. Pure: returns the plan, applies nothing.
 */
export async function planImport(project: Project, bytes: Uint8Array, fileName: string): Promise<ImportReport> {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return planReviewImport(project, await readReviewTable(bytes));
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<xliff[\s>]/.test(text)) {
    return planXliffImport(project, readXliff(text));
  }
  throw new UserFacingError(
    'IMPORT_UNKNOWN_FORMAT',
    `“${fileName}” is neither a Duizhao review table (.docx) nor an XLIFF file.`,
    'Import the review table or the XLIFF file exported from this project, after editing.',
  );
}
