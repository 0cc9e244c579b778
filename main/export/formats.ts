/**
 * The export formats Duizhao writes, with what a file dialog or a download needs to know about each.
 * Pure data: the renderer imports it too, so it must not import node modules.
 */
export const EXPORT_FORMATS = [
  'docx-table',
  'docx-interleaved',
  'docx-english',
  'txt',
  'html',
  'html-interleaved',
  'tmx',
  'xliff2',
  'xliff12',
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  format: ExportFormat;
  label: string;
  extension: string;
  mimeType: string;
  /** Who the file is for, shown in the export dialog. */
  description: string;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  'docx-table': {
    format: 'docx-table',
    label: 'Review table (.docx)',
    extension: 'docx',
    mimeType: DOCX_MIME,
    description: 'Two-column Chinese/English table for an editor in Word; import it back after review.',
  },
  'docx-interleaved': {
    format: 'docx-interleaved',
    label: 'Interleaved bilingual (.docx)',
    extension: 'docx',
    mimeType: DOCX_MIME,
    description: 'Each Chinese paragraph followed by its English (中英对照), headline first.',
  },
  'docx-english': {
    format: 'docx-english',
    label: 'English only (.docx)',
    extension: 'docx',
    mimeType: DOCX_MIME,
    description: 'The translation as a clean article, paragraphs rebuilt from segments.',
  },
  txt: {
    format: 'txt',
    label: 'English only (.txt)',
    extension: 'txt',
    mimeType: 'text/plain; charset=utf-8',
    description: 'The translation as plain UTF-8 text, one paragraph per line.',
  },
  html: {
    format: 'html',
    label: 'Bilingual side by side (.html)',
    extension: 'html',
    mimeType: 'text/html; charset=utf-8',
    description: 'Chinese and English side by side, printable, one self-contained file.',
  },
  'html-interleaved': {
    format: 'html-interleaved',
    label: 'Interleaved bilingual (.html)',
    extension: 'html',
    mimeType: 'text/html; charset=utf-8',
    description: 'Each Chinese paragraph followed by its English, for publishing on the web.',
  },
  tmx: {
    format: 'tmx',
    label: 'Translation memory (TMX 1.4b)',
    extension: 'tmx',
    mimeType: 'application/x-tmx+xml',
    description: 'Confirmed pairs for OmegaT, Trados, memoQ and Duizhao translation memories.',
  },
  xliff2: {
    format: 'xliff2',
    label: 'XLIFF 2.0',
    extension: 'xlf',
    mimeType: 'application/xliff+xml',
    description: 'Every segment with its state, for CAT tools; import it back after translation.',
  },
  xliff12: {
    format: 'xliff12',
    label: 'XLIFF 1.2 (Trados, older tools)',
    extension: 'xlf',
    mimeType: 'application/xliff+xml',
    description: 'Every segment with its state in XLIFF 1.2; import it back after translation.',
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** A file name for the export of a project: its name, made safe for every file system, plus the extension. */
export function suggestedFileName(projectName: string, format: ExportFormat): string {
  const base = projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'duizhao-export';
  const suffix = format === 'docx-table' ? '.review' : format === 'docx-english' || format === 'txt' ? '.en' : '';
  return `${base}${suffix}.${EXPORT_FORMAT_INFO[format].extension}`;
}
