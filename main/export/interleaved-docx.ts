import { Document, HighlightColor, Packer, Paragraph, TextRun } from 'docx';
import type { Project } from '../project/schema';
import { FONT_TABLE_OVERRIDE } from './docx-fonts';
import { BODY_SIZE, GREY, documentDefaults, pageNumberFooter, pageProperties } from './docx-common';
import { throwIfCancelled, type ExportControl, type ExportOptions } from './options';
import { UNTRANSLATED_MARK, articleParagraphs, untranslatedWithSource, type ArticleParagraph } from './project-view';

/**
 * Interleaved bilingual .docx (中英对照): headline first, then each Chinese paragraph followed by its
 * English; captions in italics. `english-only` writes the English article alone, paragraphs rebuilt from
 * segments. Chrome and foreign text are left out of both; untranslated sentences are highlighted.
 */
export async function buildInterleavedDocx(project: Project, options: ExportOptions = {}, control: ExportControl = {}): Promise<Uint8Array> {
  return buildArticleDocx(project, options, control, 'interleaved');
}

export async function buildEnglishDocx(project: Project, options: ExportOptions = {}, control: ExportControl = {}): Promise<Uint8Array> {
  return buildArticleDocx(project, options, control, 'english-only');
}

async function buildArticleDocx(project: Project, _options: ExportOptions, control: ExportControl, layout: 'interleaved' | 'english-only'): Promise<Uint8Array> {
  throwIfCancelled(control.signal);
  const paragraphs = articleParagraphs(project, { publishedOnly: true, markUntranslated: layout === "english-only" ? untranslatedWithSource : undefined });
  const children: Paragraph[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (i % 100 === 0) {
      throwIfCancelled(control.signal);
      control.reportProgress?.(i, paragraphs.length, 'Building document');
    }
    if (layout === 'interleaved') children.push(chineseParagraph(paragraph));
    children.push(englishParagraph(paragraph, layout));
  });
  const document = new Document({
    title: project.name,
    styles: documentDefaults,
    sections: [{ properties: pageProperties(false), footers: pageNumberFooter(), children }],
  });
  throwIfCancelled(control.signal);
  control.reportProgress?.(paragraphs.length, paragraphs.length, 'Writing .docx');
  return new Uint8Array(await Packer.toBuffer(document, false, FONT_TABLE_OVERRIDE()));
}

function look(paragraph: ArticleParagraph): { bold?: boolean; italics?: boolean; size?: number; color?: string } {
  if (paragraph.kind === 'headline') return { bold: true, size: 32 };
  if (paragraph.kind === 'caption') return { italics: true, color: GREY };
  return { size: BODY_SIZE + 3 };
}

function chineseParagraph(paragraph: ArticleParagraph): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 60, line: 360 },
    children: [new TextRun({ text: paragraph.chinese, ...look(paragraph) })],
  });
}

function englishParagraph(paragraph: ArticleParagraph, layout: 'interleaved' | 'english-only'): Paragraph {
  const style = look(paragraph);
  // Split around the untranslated markers so each can be highlighted.
  const marker = new RegExp(`(\\${UNTRANSLATED_MARK.slice(0, -1)}[^\\]]*\\])`);
  const runs = paragraph.english
    .split(marker)
    .filter((part) => part !== '')
    .map((part) => (marker.test(part) ? new TextRun({ text: part, ...style, italics: true, color: 'C00000', highlight: HighlightColor.YELLOW }) : new TextRun({ text: part, ...style })));
  return new Paragraph({ spacing: { before: layout === 'english-only' ? 120 : 0, after: layout === 'english-only' ? 120 : 240, line: 300 }, children: runs });
}
