import type { Project } from '../project/schema';
import { FONT_STACK_EN, FONT_STACK_ZH, css, el, htmlDocument, type HtmlElement } from './html';
import { throwIfCancelled, type ExportControl, type ExportOptions } from './options';
import { articleParagraphs, UNTRANSLATED_MARK } from './project-view';

/**
 * Interleaved bilingual HTML (中英对照) as papers publish it: headline first, then each Chinese paragraph
 * followed by its English; captions kept as captions. Chrome and foreign text are left out.
 */
const STYLES = `
body { margin: 2em auto; max-width: 46em; padding: 0 1em; font-family: ${FONT_STACK_EN}; color: #1a1a1a; line-height: 1.6; }
.zh { font-family: ${FONT_STACK_ZH}; line-height: 1.8; margin: 1.2em 0 0.3em; }
.en { margin: 0 0 1.2em; }
h1 { margin: 0.3em 0; }
h1.zh { font-size: 1.6em; } h1.en { font-size: 1.35em; }
.caption { font-style: italic; color: #444; font-size: 0.95em; }
.untranslated { background: #fff2cc; color: #c00000; font-style: italic; }
@media print { body { margin: 0; max-width: none; } p, h1 { break-inside: avoid; } }
`;

export function buildInterleavedHtml(project: Project, _options: ExportOptions = {}, control: ExportControl = {}): string {
  throwIfCancelled(control.signal);
  const blocks: HtmlElement[] = [];
  for (const paragraph of articleParagraphs(project, { publishedOnly: true })) {
    const heading = paragraph.kind === 'headline';
    const tag = heading ? 'h1' : 'p';
    const kindClass = paragraph.kind === 'caption' ? ' caption' : '';
    blocks.push(el(tag, { class: `zh${kindClass}`, lang: 'zh-CN' }, paragraph.chinese));
    blocks.push(el(tag, { class: `en${kindClass}`, lang: 'en' }, ...englishWithMarks(paragraph.english)));
  }
  control.reportProgress?.(1, 1, 'Writing HTML');
  return htmlDocument(
    el(
      'html',
      { lang: project.targetLanguage },
      el('head', {}, el('meta', { charset: 'utf-8' }), el('title', {}, project.name), el('style', {}, css(STYLES))),
      el('body', {}, el('article', {}, ...blocks)),
    ),
  );
}

/** The English with each untranslated marker highlighted. */
function englishWithMarks(english: string): Array<string | HtmlElement> {
  return english.split(UNTRANSLATED_MARK).flatMap((part, i) => (i === 0 ? [part] : [el('span', { class: 'untranslated' }, UNTRANSLATED_MARK), part]));
}
