import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { Project, ProjectSegment } from '../project/schema';
import { FONT_TABLE_OVERRIDE } from './docx-fonts';
import { BODY_SIZE, GREY, SMALL_SIZE, documentDefaults, pageNumberFooter, pageProperties, textWidth } from './docx-common';
import { paragraph, replaceMarkerParagraph, run, w, type RunLook } from './ooxml';
import type { OrderedNode } from './xml';
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

/** The paragraph the table replaces after docx has written the rest of the document. */
const TABLE_MARKER = 'DUIZHAO-REVIEW-TABLE-7f3a';

export async function buildReviewTableDocx(project: Project, options: ExportOptions = {}, control: ExportControl = {}): Promise<Uint8Array> {
  const landscape = options.landscape ?? false;
  const width = textWidth(landscape);
  const columnWidths = COLUMN_SHARES[landscape ? 'landscape' : 'portrait'].map((share) => Math.floor(width * share));

  // The header block, styles, page numbers and document properties come from the docx library; the
  // table (thousands of rows) is written as WordprocessingML directly, which is several times faster.
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
        children: [...headerBlock(project, options), new Paragraph({ children: [new TextRun(TABLE_MARKER)] })],
      },
    ],
  });

  const rows: OrderedNode[] = [headerRow(columnWidths)];
  const total = project.segments.length;
  for (const [i, segment] of project.segments.entries()) {
    if (i % 200 === 0) {
      // Let a cancel request (and progress events) through on long projects.
      await new Promise((resolve) => setTimeout(resolve, 0));
      throwIfCancelled(control.signal);
      control.reportProgress?.(i, total, 'Building review table');
    }
    rows.push(segmentRow(project.id, segment, i, columnWidths));
  }
  throwIfCancelled(control.signal);
  control.reportProgress?.(total, total, 'Writing .docx');

  const zip = await JSZip.loadAsync(await Packer.toBuffer(document, false, FONT_TABLE_OVERRIDE()));
  const documentXml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', replaceMarkerParagraph(documentXml, TABLE_MARKER, [table(columnWidths, rows)]));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 3 } });
}

function table(columnWidths: number[], rows: OrderedNode[]): OrderedNode {
  const border = { val: 'single', sz: 4, space: 0, color: '808080' };
  return w('tbl', {}, [
    w('tblPr', {}, [
      w('tblW', { w: columnWidths.reduce((a, b) => a + b, 0), type: 'dxa' }),
      w('tblBorders', {}, ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => w(side, border))),
      w('tblLayout', { type: 'fixed' }),
      w('tblCellMar', {}, [w('top', { w: 40, type: 'dxa' }), w('left', { w: 90, type: 'dxa' }), w('bottom', { w: 40, type: 'dxa' }), w('right', { w: 90, type: 'dxa' })]),
    ]),
    w('tblGrid', {}, columnWidths.map((width) => w('gridCol', { w: width }))),
    ...rows,
  ]);
}

function cell(width: number, paragraphs: OrderedNode[], fill?: string): OrderedNode {
  const props = [w('tcW', { w: width, type: 'dxa' })];
  if (fill) props.push(w('shd', { val: 'clear', color: 'auto', fill }));
  return w('tc', {}, [w('tcPr', {}, props), ...paragraphs]);
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

function headerRow(columnWidths: number[]): OrderedNode {
  return w('tr', {}, [
    w('trPr', {}, [w('cantSplit'), w('tblHeader')]),
    ...REVIEW_COLUMNS.map((label, i) => cell(columnWidths[i], [paragraph([run(label, { bold: true })])], SHADE.header)),
  ]);
}

function segmentRow(projectId: string, segment: ProjectSegment, index: number, columnWidths: number[]): OrderedNode {
  const translated = hasTranslation(segment);
  const kind = styleForKind(segment.kind);
  const bookmark = bookmarkNameFor(segment.id);
  const bookmarkId = String(index + 1);
  const number = run(String(index + 1));
  const numberCell = [
    paragraph([
      ...(bookmark ? [w('bookmarkStart', { id: bookmarkId, name: bookmark }), number, w('bookmarkEnd', { id: bookmarkId })] : [number]),
      run(hiddenMarkerFor(projectId, segment.id), { hidden: true, size: 2 }),
    ]),
  ];
  if (segment.kind !== 'body') numberCell.push(paragraph([run(segment.kind, { italics: true, color: GREY, size: 14 })]));
  const english = translated ? run(segment.target, kind.run) : run(UNTRANSLATED_MARK, { italics: true, color: UNTRANSLATED_COLOR });
  const status = run(segment.status, { size: SMALL_SIZE, color: translated ? undefined : UNTRANSLATED_COLOR, bold: !translated });
  return w('tr', {}, [
    w('trPr', {}, [w('cantSplit')]),
    cell(columnWidths[0], numberCell, kind.fill),
    cell(columnWidths[1], [paragraph([run(segment.text, kind.run)])], kind.fill),
    cell(columnWidths[2], [paragraph([english])], translated ? kind.fill : SHADE.untranslated),
    cell(columnWidths[3], [paragraph([status])], kind.fill),
    cell(columnWidths[4], [paragraph(segment.comment ? [run(segment.comment, { size: SMALL_SIZE })] : [])], kind.fill),
  ]);
}

/** Headlines bold, captions italic on grey, page furniture small and grey: body text stays plain. */
interface KindStyle {
  run: RunLook;
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
