import {
  Bookmark,
  Document,
  Header,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Project, ProjectSegment } from '../project/schema';
import { FONT_TABLE_OVERRIDE } from './docx-fonts';
import { BODY_SIZE, GREY, SMALL_SIZE, documentDefaults, pageNumberFooter, pageProperties, runsWithBreaks, textWidth } from './docx-common';
import { DEFAULT_TOOL_VERSION, resolvedExportTime, throwIfCancelled, type ExportControl, type ExportOptions } from './options';
import { UNTRANSLATED_MARK, countSegments, formatExportDate, hasTranslation } from './project-view';
import { EXPORT_KIND_PROPERTY, PROJECT_ID_PROPERTY, REVIEW_TABLE_KIND, bookmarkNameFor, hiddenMarkerFor } from './review-ids';

/**
 * The review table: a header block, then one row per segment (number, Chinese, English, status, comment).
 * An editor changes English, comments or status in Word; review-table-import.ts reads the file back.
 */
export const REVIEW_COLUMNS = ['No.', '中文 Chinese', 'English', 'Status', 'Comment'] as const;

/** Column shares of the text width; the number and status columns stay narrow. */
const COLUMN_SHARES = { portrait: [0.085, 0.33, 0.365, 0.1, 0.12], landscape: [0.065, 0.33, 0.375, 0.08, 0.15] };

const SHADE = { header: 'D9E2F3', headline: 'EAF1FB', caption: 'F2F2F2', other: 'F7F7F7', untranslated: 'FFF2CC' };
const UNTRANSLATED_COLOR = 'C00000';

export async function buildReviewTableDocx(project: Project, options: ExportOptions = {}, control: ExportControl = {}): Promise<Uint8Array> {
  const landscape = options.landscape ?? false;
  const width = textWidth(landscape);
  const columnWidths = COLUMN_SHARES[landscape ? 'landscape' : 'portrait'].map((share) => Math.floor(width * share));

  const rows: TableRow[] = [headerRow(columnWidths)];
  const total = project.segments.length;
  for (const [i, segment] of project.segments.entries()) {
    if (i % 200 === 0) {
      // Let a cancel request (and progress events) through on long projects.
      await new Promise((resolve) => setTimeout(resolve, 0));
      throwIfCancelled(control.signal);
      control.reportProgress?.(i, total, 'Building review table');
    }
    rows.push(segmentRow(project.id, segment, i + 1, columnWidths));
  }

  const table = new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
    rows,
  });

  const document = new Document({
    creator: options.translator ?? project.translator ?? 'Duizhao',
    title: `Review table: ${project.name}`,
    description: `Exported by Duizhao ${options.toolVersion ?? DEFAULT_TOOL_VERSION}`,
    customProperties: [
      { name: PROJECT_ID_PROPERTY, value: project.id },
      { name: EXPORT_KIND_PROPERTY, value: REVIEW_TABLE_KIND },
    ],
    styles: documentDefaults,
    sections: [
      {
        properties: pageProperties(landscape),
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: project.name, size: SMALL_SIZE, color: GREY })] })] }) },
        footers: pageNumberFooter(),
        children: [...headerBlock(project, options), table],
      },
    ],
  });
  throwIfCancelled(control.signal);
  control.reportProgress?.(total, total, 'Writing .docx');
  const buffer = await Packer.toBuffer(document, false, FONT_TABLE_OVERRIDE());
  return new Uint8Array(buffer);
}

function headerBlock(project: Project, options: ExportOptions): Paragraph[] {
  const counts = countSegments(project);
  const line = (label: string, value: string) =>
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })] });
  return [
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: `审校表 Review table — ${project.name}`, bold: true, size: 32 })] }),
    line('Project', project.name),
    line('Languages', `${project.sourceLanguage} → ${project.targetLanguage}`),
    line('Date', formatExportDate(resolvedExportTime(options))),
    line('Translator', options.translator ?? project.translator ?? 'not recorded'),
    line('Glossary version', options.glossaryVersion ?? 'not recorded'),
    line('Segments', `${counts.segments} (${counts.translated} translated, ${counts.untranslated} untranslated)`),
    new Paragraph({
      spacing: { before: 80, after: 200 },
      children: [
        new TextRun({
          text: 'Edit the English, Status (new, draft, translated, reviewed) and Comment columns only; keep the rows and the No. column as they are so the file can be imported back.',
          italics: true,
          size: SMALL_SIZE,
          color: GREY,
        }),
      ],
    }),
  ];
}

function headerRow(columnWidths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: REVIEW_COLUMNS.map(
      (label, i) =>
        new TableCell({
          width: { size: columnWidths[i], type: WidthType.DXA },
          shading: { fill: SHADE.header, type: ShadingType.CLEAR, color: 'auto' },
          children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
        }),
    ),
  });
}

function segmentRow(projectId: string, segment: ProjectSegment, number: number, columnWidths: number[]): TableRow {
  const translated = hasTranslation(segment);
  const kindStyle = styleForKind(segment.kind);
  const cell = (i: number, children: Paragraph[], fill?: string) =>
    new TableCell({
      width: { size: columnWidths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      shading: fill ? { fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
      children,
    });

  const numberRuns: ParagraphChild[] = [new TextRun({ text: String(number) })];
  const bookmark = bookmarkNameFor(segment.id);
  const numberParagraph = new Paragraph({
    children: [
      ...(bookmark ? [new Bookmark({ id: bookmark, children: numberRuns })] : numberRuns),
      new TextRun({ text: hiddenMarkerFor(projectId, segment.id), vanish: true, size: 2 }),
    ],
  });
  const numberCell = [numberParagraph];
  if (segment.kind !== 'body') {
    numberCell.push(new Paragraph({ children: [new TextRun({ text: segment.kind, size: 14, italics: true, color: GREY })] }));
  }

  const english = translated
    ? [new Paragraph({ children: runsWithBreaks(segment.target, kindStyle.run) })]
    : [new Paragraph({ children: [new TextRun({ text: UNTRANSLATED_MARK, italics: true, color: UNTRANSLATED_COLOR })] })];
  const status = [
    new Paragraph({ children: [new TextRun({ text: segment.status, size: SMALL_SIZE, color: translated ? undefined : UNTRANSLATED_COLOR, bold: !translated })] }),
  ];
  const comment = [new Paragraph({ children: runsWithBreaks(segment.comment ?? '', { size: SMALL_SIZE }) })];

  return new TableRow({
    cantSplit: true,
    children: [
      cell(0, numberCell, kindStyle.fill),
      cell(1, [new Paragraph({ children: runsWithBreaks(segment.text, kindStyle.run) })], kindStyle.fill),
      cell(2, english, translated ? kindStyle.fill : SHADE.untranslated),
      cell(3, status, kindStyle.fill),
      cell(4, comment, kindStyle.fill),
    ],
  });
}

/** Headlines bold, captions italic on grey, page furniture small and grey: body text stays plain. */
interface KindStyle {
  run: { bold?: boolean; italics?: boolean; color?: string; size?: number };
  fill?: string;
}

function styleForKind(kind: string): KindStyle {
  switch (kind) {
    case 'body':
      return { run: {} };
    case 'headline':
      return { run: { bold: true, size: BODY_SIZE + 2 }, fill: SHADE.headline };
    case 'caption':
      return { run: { italics: true }, fill: SHADE.caption };
    default:
      return { run: { color: GREY, size: SMALL_SIZE }, fill: SHADE.other };
  }
}
