import { z } from 'zod';
import { method } from './define';
import { EXPORT_FORMATS, type ExportFormatInfo } from '../../export/formats';
import type { ImportReport } from '../../export/segment-changes';

/**
 * Export and exchange: a project to a review table, bilingual documents, TMX or XLIFF (to a path, or as
 * bytes the web host offers as a download); review tables and XLIFF back into the project; TMX into the
 * translation memory. Exports and imports are long-running: progress events, cancellable.
 */
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

/** A file to import: a path (Electron, CLI) or uploaded bytes (web host). */
export const importSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1) }),
  z.object({ kind: z.literal('bytes'), name: z.string().min(1), base64: z.string() }),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;

const exportOptionsSchema = {
  /** Review table only. */
  landscape: z.boolean().optional(),
  /** Printed in the review table header; the glossary service's version when omitted. */
  glossaryVersion: z.string().optional(),
};

export interface ExportSummary {
  format: (typeof EXPORT_FORMATS)[number];
  fileName: string;
  mimeType: string;
  size: number;
  segments: number;
  untranslated: number;
  /** Pairs a TMX holds (confirmed segments and aligned pairs). */
  confirmed: number;
}
export interface ExportToFileResult extends ExportSummary {
  path: string;
}
export interface ExportToBytesResult extends ExportSummary {
  base64: string;
}
export interface ImportReviewResult extends ImportReport {
  /** False for a dry run: the changes were found but not applied. */
  applied: boolean;
}
export interface ImportTmxResult {
  pairsRead: number;
  added: number;
  skipped: number;
  creationTool?: string;
}

export const exportMethods = {
  'export.formats': method<ExportFormatInfo[]>()(z.object({})),
  'export.toFile': method<ExportToFileResult>()(
    z.object({ handle: z.string().min(1), format: exportFormatSchema, path: z.string().min(1), ...exportOptionsSchema }),
    { longRunning: true },
  ),
  'export.toBytes': method<ExportToBytesResult>()(z.object({ handle: z.string().min(1), format: exportFormatSchema, ...exportOptionsSchema }), { longRunning: true }),
  /** A review table (.docx) or XLIFF (2.0 or 1.2) back into the open project; `dryRun` only reports. */
  'export.importReview': method<ImportReviewResult>()(
    z.object({ handle: z.string().min(1), source: importSourceSchema, dryRun: z.boolean().optional() }),
    { longRunning: true },
  ),
  'export.importTmx': method<ImportTmxResult>()(
    z.object({ source: importSourceSchema, sourceLanguage: z.string().default('zh-CN'), targetLanguage: z.string().default('en') }),
    { longRunning: true },
  ),
};
