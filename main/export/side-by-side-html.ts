import type { Project, ProjectSegment } from '../project/schema';
import { FONT_STACK_EN, FONT_STACK_ZH, css, el, htmlDocument, type HtmlElement } from './html';
import { resolvedExportTime, throwIfCancelled, type ExportControl, type ExportOptions } from './options';
import { UNTRANSLATED_MARK, countSegments, formatExportDate, hasTranslation } from './project-view';

/**
 * Bilingual HTML, side by side: one self-contained file (styles inline, no scripts, no external
 * resources) that prints cleanly: table header repeated on every page, rows never split.
 */
const STYLES = `
body { margin: 2em auto; max-width: 72em; padding: 0 1em; font-family: ${FONT_STACK_EN}; color: #1a1a1a; }
h1 { font-size: 1.4em; }
.meta { color: #555; font-size: 0.9em; margin-bottom: 1.5em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 0.35em 0.5em; vertical-align: top; text-align: left; }
th { background: #d9e2f3; }
col.no { width: 3.5em; } col.status { width: 6.5em; }
td.zh { font-family: ${FONT_STACK_ZH}; line-height: 1.7; }
td.en { line-height: 1.5; }
td.no { color: #555; font-size: 0.85em; }
td.status { font-size: 0.85em; color: #555; }
tr.headline td.zh, tr.headline td.en { font-weight: bold; font-size: 1.1em; }
tr.headline td { background: #eaf1fb; }
tr.caption td { background: #f2f2f2; font-style: italic; }
tr.chrome td, tr.dateline td, tr.byline td, tr.foreign td { color: #6b6b6b; font-size: 0.9em; background: #f7f7f7; }
td.untranslated { background: #fff2cc; color: #c00000; font-style: italic; }
.kind { display: block; font-size: 0.8em; font-style: italic; }
@media print {
  body { margin: 0; max-width: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  @page { size: A4 landscape; margin: 1.5cm; }
}
`;

export function buildSideBySideHtml(project: Project, options: ExportOptions = {}, control: ExportControl = {}): string {
  const counts = countSegments(project);
  const rows: HtmlElement[] = [];
  project.segments.forEach((segment, i) => {
    if (i % 500 === 0) {
      throwIfCancelled(control.signal);
      control.reportProgress?.(i, project.segments.length, 'Writing HTML');
    }
    rows.push(row(segment, i + 1));
  });
  return htmlDocument(
    el(
      'html',
      { lang: project.sourceLanguage },
      el('head', {}, el('meta', { charset: 'utf-8' }), el('title', {}, `${project.name} — 中英对照`), el('style', {}, css(STYLES))),
      el(
        'body',
        {},
        el('h1', {}, project.name),
        el(
          'p',
          { class: 'meta' },
          `${project.sourceLanguage} → ${project.targetLanguage} · ${formatExportDate(resolvedExportTime(options))} · translator: ${options.translator ?? project.translator ?? 'not recorded'} · ${counts.segments} segments, ${counts.untranslated} untranslated`,
        ),
        el(
          'table',
          {},
          el('colgroup', {}, el('col', { class: 'no' }), el('col', { class: 'zh' }), el('col', { class: 'en' }), el('col', { class: 'status' })),
          el('thead', {}, el('tr', {}, el('th', {}, 'No.'), el('th', {}, '中文'), el('th', {}, 'English'), el('th', {}, 'Status'))),
          el('tbody', {}, ...rows),
        ),
      ),
    ),
  );
}

function row(segment: ProjectSegment, number: number): HtmlElement {
  const translated = hasTranslation(segment);
  return el(
    'tr',
    { class: segment.kind, id: `seg-${segment.id}` },
    el('td', { class: 'no' }, String(number), segment.kind !== 'body' ? el('span', { class: 'kind' }, segment.kind) : null),
    el('td', { class: 'zh', lang: 'zh-CN' }, segment.text),
    translated ? el('td', { class: 'en', lang: 'en' }, segment.target) : el('td', { class: 'en untranslated', lang: 'en' }, UNTRANSLATED_MARK),
    el('td', { class: 'status' }, segment.status),
  );
}
