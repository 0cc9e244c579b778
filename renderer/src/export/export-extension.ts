import type { Extension } from '../shell/extension';
import { COMMAND_IDS } from '../shell/command-ids';
import { keysOf } from '../shell/command-keys';
import { format } from '../i18n';
import { fileToSource } from '../start/file-source';
import type { ImportSource } from '../../../main/api/contract/export';
import { renderExportDialog } from './export-dialog';
import { renderImportReviewDialog, type ImportReviewArgs } from './import-review-dialog';
import { pickFile } from './download';
import { EXPORT_TEXT } from './strings';
import './export.css';

export const EXPORT_COMMAND = COMMAND_IDS.exportProject;
export const IMPORT_REVIEW_COMMAND = COMMAND_IDS.importReview;
export const IMPORT_TMX_COMMAND = COMMAND_IDS.importTmx;
export const EXPORT_DIALOG = 'export.dialog';
export const IMPORT_REVIEW_DIALOG = 'export.importReviewDialog';

/**
 * File › Export… (every format), File › Import review… (a Word review table or XLIFF back into the
 * project, previewed first) and File › Import TMX… (into the translation memory).
 */
export const exportExtension: Extension = {
  id: 'export',
  activate({ client, views, commands, i18n, workbench, project }) {
    const t = (text: { en: string; 'zh-CN': string }, params?: Record<string, string | number>) => format(i18n.text(text), params);

    /** A file to import: a native dialog in Electron, an upload in the browser. */
    const chooseSource = async (accept: string, extensions: string[], testId: string): Promise<{ source: ImportSource; name: string } | undefined> => {
      const choice = await client.call('app.choosePath', { purpose: 'import-translation', extensions });
      if (choice.available) return choice.path ? { source: { kind: 'path', path: choice.path }, name: choice.path.split(/[\\/]/).pop() ?? choice.path } : undefined;
      const file = await pickFile(accept, testId);
      if (!file) return undefined;
      const source = await fileToSource(file);
      return source.kind === 'bytes' ? { source, name: file.name } : undefined;
    };

    const disposers = [
      views.register({
        id: EXPORT_DIALOG,
        title: EXPORT_TEXT.dialogTitle,
        location: 'dialog',
        render: (container, host) => renderExportDialog(container, { client, i18n, workbench, project, close: () => host.close() }),
      }),
      views.register({
        id: IMPORT_REVIEW_DIALOG,
        title: EXPORT_TEXT.reviewTitle,
        location: 'dialog',
        render: (container, host, args) => renderImportReviewDialog(container, args as ImportReviewArgs, { client, i18n, workbench, project, close: () => host.close() }),
      }),
      commands.register({
        id: EXPORT_COMMAND,
        label: EXPORT_TEXT.exportCommand,
        menu: 'file',
        order: 60,
        keybindings: keysOf(COMMAND_IDS.exportProject),
        enabled: () => Boolean(project.current()),
        run: () => {
          if (!project.current()) return workbench.notify(t(EXPORT_TEXT.needProject), 'error');
          workbench.openView(EXPORT_DIALOG);
        },
      }),
      commands.register({
        id: IMPORT_REVIEW_COMMAND,
        label: EXPORT_TEXT.importReviewCommand,
        menu: 'file',
        order: 61,
        enabled: () => Boolean(project.current()),
        run: async () => {
          const open = project.current();
          if (!open) return workbench.notify(t(EXPORT_TEXT.needProject), 'error');
          const picked = await chooseSource('.docx,.xlf,.xliff', ['docx', 'xlf', 'xliff'], 'import-review-input');
          if (!picked) return;
          workbench.notify(t(EXPORT_TEXT.reading, { name: picked.name }));
          try {
            const preview = await client.call('export.importReview', { handle: open.handle, source: picked.source, dryRun: true });
            workbench.openView(IMPORT_REVIEW_DIALOG, { ...picked, preview } satisfies ImportReviewArgs);
          } catch (error) {
            workbench.showError(error);
          }
        },
      }),
      commands.register({
        id: IMPORT_TMX_COMMAND,
        label: EXPORT_TEXT.importTmxCommand,
        menu: 'file',
        order: 62,
        run: async () => {
          const picked = await chooseSource('.tmx', ['tmx'], 'import-tmx-input');
          if (!picked) return;
          try {
            const result = await client.call('export.importTmx', { source: picked.source }, { taskId: `tmx-${Date.now()}` });
            workbench.notify(t(EXPORT_TEXT.tmxImported, { added: result.added, skipped: result.skipped }));
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
