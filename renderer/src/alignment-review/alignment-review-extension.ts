import type { Extension } from '../shell/extension';
import { COMMAND_IDS } from '../shell/command-ids';
import { format } from '../i18n';
import { fileToSource } from '../start/file-source';
import type { AlignmentProposal } from '../../../main/alignment/types';
import { renderReviewView } from './review-view';
import { renderAlignProgressDialog, type AlignProgressArgs } from './align-progress-dialog';
import { ALIGN_TEXT } from './strings';
import './alignment-review.css';

export const IMPORT_TRANSLATION_COMMAND = COMMAND_IDS.importTranslation;
export const ALIGNMENT_REVIEW_VIEW = 'alignment.review';
export const ALIGNMENT_PROGRESS_DIALOG = 'alignment.progress';

/**
 * "Import translation…" (File menu): the translator picks the published English of the open project's
 * article; a dialog shows the alignment's progress (Cancel stops it) and gives way to the review view
 * with the proposal.
 */
export const alignmentReviewExtension: Extension = {
  id: 'alignment-review',
  activate({ client, views, commands, i18n, workbench, project }) {
    const t = (text: { en: string; 'zh-CN': string }, params?: Record<string, string | number>) => format(i18n.text(text), params);

    const pickFile = () =>
      new Promise<File | undefined>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = '.txt,.text,.docx,.html,.htm';
        input.setAttribute('data-testid', 'align-translation-input');
        input.hidden = true;
        input.addEventListener('change', () => {
          resolve(input.files?.[0]);
          input.remove();
        });
        document.body.append(input);
        input.click();
      });

    const disposers = [
      views.register({
        id: ALIGNMENT_PROGRESS_DIALOG,
        title: ALIGN_TEXT.progressTitle,
        location: 'dialog',
        render: (container, host, args) =>
          renderAlignProgressDialog(container, args as AlignProgressArgs, { client, i18n, workbench, close: () => host.close(), review: (proposal) => workbench.openView(ALIGNMENT_REVIEW_VIEW, proposal) }),
      }),
      views.register({
        id: ALIGNMENT_REVIEW_VIEW,
        title: ALIGN_TEXT.reviewTitle,
        location: 'main',
        render: (container, host, args) => renderReviewView(container, args as AlignmentProposal, { client, i18n, workbench, project, close: () => host.close() }),
      }),
      commands.register({
        id: IMPORT_TRANSLATION_COMMAND,
        label: ALIGN_TEXT.importTranslation,
        menu: 'file',
        order: 40,
        enabled: () => Boolean(project.current()),
        run: async () => {
          const open = project.current();
          if (!open) {
            workbench.notify(t(ALIGN_TEXT.needProject), 'error');
            return;
          }
          const file = await pickFile();
          if (!file) return;
          try {
            workbench.openView(ALIGNMENT_PROGRESS_DIALOG, { name: file.name, handle: open.handle, translation: await fileToSource(file) } satisfies AlignProgressArgs);
          } catch (error) {
            workbench.showError(error);
          }
        },
      }),
    ];
    return () => {
      for (const dispose of disposers) dispose();
    };
  },
};
