import type { Project } from '../../../main/project/schema';
import type { I18n, MessageKey } from '../i18n';
import { el, append } from '../dom';

const STEP_KEYS: Record<string, MessageKey> = {
  script: 'report.step.script',
  pinyin: 'report.step.pinyin',
  punctuation: 'report.step.punctuation',
  'line-breaks': 'report.step.line-breaks',
  'page-numbers': 'report.step.page-numbers',
  'non-body': 'report.step.non-body',
};

/** One line per cleanup step: "Converted 412 Traditional characters to Simplified". */
export function cleanupLines(project: Project, i18n: I18n): Array<{ text: string; examples: string[] }> {
  return project.cleanup
    .filter((change) => change.count > 0)
    .map((change) => {
      const key = STEP_KEYS[change.step];
      const text = key ? i18n.t(key, { count: change.count }) : i18n.t('report.step.other', { step: change.step, count: change.count });
      return { text, examples: change.examples };
    });
}

/**
 * The cleanup report: what was done to the file, which encoding and script it had, warnings, and a
 * list of changed segments whose original is one click away.
 */
export function renderCleanupReport(container: HTMLElement, project: Project, i18n: I18n, showOriginal: (segmentId: string) => void, close: () => void): void {
  const lines = cleanupLines(project, i18n);
  const body = project.segments.filter((s) => s.original !== s.text);
  append(container, [
    el('p', { class: 'dz-report-source' }, i18n.t('report.source', { name: project.source.fileName, format: project.source.format })),
    project.source.encoding ? el('p', {}, i18n.t('report.encoding', { encoding: project.source.encoding })) : null,
    el('p', {}, i18n.t(project.source.script === 'traditional' ? 'report.script.traditional' : 'report.script.simplified')),
    el('p', {}, i18n.t('report.segments', { segments: project.segments.length, paragraphs: project.paragraphs.length })),
    lines.length === 0
      ? el('p', {}, i18n.t('report.nothing'))
      : el(
          'ul',
          { class: 'dz-report-steps' },
          lines.map((line) => el('li', {}, el('span', {}, line.text), line.examples.length ? el('span', { class: 'dz-report-examples' }, line.examples.slice(0, 4).join(' · ')) : null)),
        ),
    project.source.warnings.length
      ? el('div', { class: 'dz-report-warnings' }, el('strong', {}, i18n.t('report.warnings')), el('ul', {}, project.source.warnings.map((w) => el('li', {}, w))))
      : null,
    body.length
      ? el(
          'details',
          { class: 'dz-report-changed' },
          el('summary', {}, i18n.t('report.changedSegments', { count: body.length })),
          el(
            'ol',
            {},
            body.slice(0, 200).map((segment) =>
              el(
                'li',
                {},
                el('button', { class: 'dz-link', 'data-segment': segment.id, onclick: () => showOriginal(segment.id) }, `${project.segments.indexOf(segment) + 1}. ${segment.text.slice(0, 40)}${segment.text.length > 40 ? '…' : ''}`),
              ),
            ),
          ),
        )
      : null,
    el('div', { class: 'dz-dialog-actions' }, el('button', { class: 'dz-button dz-primary', onclick: close, autofocus: true }, i18n.t('report.close'))),
  ]);
}
