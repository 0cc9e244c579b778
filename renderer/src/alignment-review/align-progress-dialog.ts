import type { ApiClient } from '../api/client';
import type { I18n } from '../i18n';
import { format } from '../i18n';
import type { Workbench } from '../shell/extension';
import { el } from '../dom';
import { TaskProgress } from '../task-progress';
import type { DocumentSource } from '../../../main/api/contract/document';
import type { AlignmentProposal } from '../../../main/alignment/types';
import { ALIGN_TEXT } from './strings';

export interface AlignProgressArgs {
  /** The English file's name, for the title line. */
  name: string;
  handle: string;
  translation: DocumentSource;
}

export interface AlignProgressDeps {
  client: ApiClient;
  i18n: I18n;
  workbench: Workbench;
  close(): void;
  /** Shows the finished proposal (the review view). */
  review(proposal: AlignmentProposal): void;
}

/** The labels the alignment service reports, in the UI language. */
const STAGES: Record<string, { en: string; 'zh-CN': string }> = {
  reading: ALIGN_TEXT.stageReading,
  'loading dictionaries': ALIGN_TEXT.stageDictionaries,
  aligning: ALIGN_TEXT.stageAligning,
  done: ALIGN_TEXT.stageDone,
};

/**
 * While the English is aligned with the project: what is happening, how far it is, and Cancel.
 * The alignment starts when the dialog opens; when it is done the dialog gives way to the review
 * view. Cancel (or closing the dialog) stops it on the services and the project stays as it was:
 * aligning only proposes, nothing changes before Accept in the review.
 */
export function renderAlignProgressDialog(container: HTMLElement, args: AlignProgressArgs, deps: AlignProgressDeps): () => void {
  const t = (text: { en: string; 'zh-CN': string }, params?: Record<string, string | number>) => format(deps.i18n.text(text), params);
  let closed = false;
  const task = new TaskProgress(deps.client, { name: 'align', testId: 'align', describe: (label) => (STAGES[label] ? t(STAGES[label]) : label) });
  const cancelButton = el('button', { class: 'dz-button', 'data-testid': 'align-cancel', onclick: () => void cancel() }, t(ALIGN_TEXT.cancel));
  container.append(
    el(
      'div',
      { class: 'dz-align-progress', 'data-testid': 'align-progress-dialog' },
      el('p', {}, t(ALIGN_TEXT.aligning, { name: args.name })),
      task.bar,
      task.status,
      el('div', { class: 'dz-dialog-actions' }, cancelButton),
    ),
  );

  const finish = (then: () => void) => {
    if (closed) return;
    closed = true;
    deps.close();
    then();
  };

  async function cancel() {
    cancelButton.disabled = true;
    task.status.textContent = t(ALIGN_TEXT.cancelling);
    await task.cancel().catch((error) => deps.workbench.showError(error));
  }

  void task
    .run((taskId) => deps.client.call('alignment.alignProject', { handle: args.handle, translation: args.translation }, { taskId }))
    .then(
      (outcome) => finish(() => (outcome.cancelled ? deps.workbench.notify(t(ALIGN_TEXT.cancelled)) : deps.review(outcome.result))),
      (error) => finish(() => deps.workbench.showError(error)),
    );

  return () => {
    closed = true;
    task.dispose();
  };
}
