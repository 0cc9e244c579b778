import type { Project } from '../project/schema';
import { EXPORT_FORMAT_INFO, suggestedFileName, type ExportFormat } from './formats';
import type { ExportControl, ExportOptions } from './options';
import { countSegments, type ProjectCounts } from './project-view';
import { buildReviewTableDocx } from './review-table-docx';
import { buildEnglishDocx, buildInterleavedDocx } from './interleaved-docx';
import { buildEnglishText } from './english-txt';
import { buildSideBySideHtml } from './side-by-side-html';
import { buildInterleavedHtml } from './interleaved-html';
import { buildTmx } from './tmx';
import { buildXliff2 } from './xliff2';
import { buildXliff12 } from './xliff12';

/** One export: the bytes of the file, what to call it, and what it holds (for the report). */
export interface ExportResult {
  format: ExportFormat;
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  counts: ProjectCounts;
}

type Builder = (project: Project, options: ExportOptions, control: ExportControl) => Promise<Uint8Array | string> | Uint8Array | string;

const BUILDERS: Record<ExportFormat, Builder> = {
  'docx-table': buildReviewTableDocx,
  'docx-interleaved': buildInterleavedDocx,
  'docx-english': buildEnglishDocx,
  txt: buildEnglishText,
  html: buildSideBySideHtml,
  'html-interleaved': buildInterleavedHtml,
  tmx: buildTmx,
  xliff2: buildXliff2,
  xliff12: buildXliff12,
};

/** Builds the file for a format in memory; nothing is written (see write-export.ts). */
export async function exportProject(project: Project, format: ExportFormat, options: ExportOptions = {}, control: ExportControl = {}): Promise<ExportResult> {
  const built = await BUILDERS[format](project, options, control);
  const bytes = typeof built === 'string' ? new TextEncoder().encode(built) : built;
  return { format, bytes, fileName: suggestedFileName(project.name, format), mimeType: EXPORT_FORMAT_INFO[format].mimeType, counts: countSegments(project) };
}
