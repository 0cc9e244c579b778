import type { ApiClient } from '../api/client';
import type { I18n } from '../i18n';
import { format } from '../i18n';
import type { ProjectSession, Workbench } from '../shell/extension';
import { el } from '../dom';
import type { ImportReviewResult, ImportSource } from '../../../main/api/contract/export';
import { EXPORT_TEXT } from './strings';

export interface ImportReviewArgs {
  source: ImportSource;
  name: string;
  /** The dry run's report: what would change. */
  preview: ImportReviewResult;
}

type Text = { en: string; 'zh-CN': string };

/**
 * Shows what a reviewed Word table or XLIFF file would change (before → after, per segment, and the
 * warnings), and applies it when the translator says so. Clicking a change goes to that segment.
 */
export function renderImportReviewDialog(
  container: HTMLElement,
  args: ImportReviewArgs,
  deps: { client: ApiClient; i18n: I18n; workbench: Workbench; project: ProjectSession; close(): void },
): void {
  const t = (text: Text, params?: Record<string, string | number>) => format(deps.i18n.text(text), params);
  const { preview } = args;
  const open = deps.project.current();
  const field = (label: Text, change?: { before: string; after: string }) =>
    change
      ? el(
          'div',
          { class: 'dz-review-field' },
          el('span', { class: 'dz-review-label' }, t(label)),
          el('del', {}, change.before || '—'),
          ' → ',
          el('ins', {}, change.after || '—'),
        )
      : null;
  const changes = preview.changes.map((change) =>
    el(
      'li',
      { class: 'dz-review-change', 'data-segment': change.segmentId, onclick: () => deps.project.goToSegment(change.segmentId) },
      el('strong', {}, `#${change.number}`),
      field(EXPORT_TEXT.english, change.target),
      field(EXPORT_TEXT.status, change.status),
      field(EXPORT_TEXT.comment, change.comment),
    ),
  );
  const applyButton = el(
    'button',
    { class: 'dz-button dz-primary', 'data-testid': 'review-apply', disabled: preview.changes.length === 0, onclick: () => void apply() },
    t(EXPORT_TEXT.apply, { count: preview.changes.length }),
  );
  container.append(
    el(
      'div',
      { class: 'dz-review-import', 'data-testid': 'review-import' },
      el(
        'p',
        {},
        preview.changes.length === 0
          ? t(EXPORT_TEXT.noChanges, { name: args.name })
          : t(EXPORT_TEXT.changesFound, { count: preview.changes.length, total: preview.segmentsInFile, name: args.name }),
      ),
      el('ul', { class: 'dz-review-changes', 'data-testid': 'review-changes' }, ...changes),
      preview.warnings.length > 0
        ? el('div', { class: 'dz-review-warnings' }, el('strong', {}, t(EXPORT_TEXT.warnings)), el('ul', {}, ...preview.warnings.map((w) => el('li', {}, w))))
        : null,
      el('div', { class: 'dz-dialog-actions' }, el('button', { class: 'dz-button', onclick: () => deps.close() }, t(EXPORT_TEXT.close)), applyButton),
    ),
  );

  async function apply() {
    if (!open) return;
    applyButton.disabled = true;
    try {
      const result = await deps.client.call('export.importReview', { handle: open.handle, source: args.source }, { taskId: `review-${Date.now()}` });
      await deps.project.reload();
      deps.workbench.notify(t(EXPORT_TEXT.applied, { count: result.changes.length }));
      deps.close();
    } catch (error) {
      applyButton.disabled = false;
      deps.workbench.showError(error);
    }
  }
}
