import type { ApiClient } from '../api/client';
import type { I18n } from '../i18n';
import { format } from '../i18n';
import type { ProjectSession, Workbench } from '../shell/extension';
import { el } from '../dom';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, suggestedFileName, type ExportFormat } from '../../../main/export/formats';
import { downloadBase64 } from './download';
import { TaskProgress } from '../task-progress';
import { EXPORT_TEXT } from './strings';

export interface ExportDialogDeps {
  client: ApiClient;
  i18n: I18n;
  workbench: Workbench;
  project: ProjectSession;
  close(): void;
}

type Text = { en: string; 'zh-CN': string };

/**
 * The export dialog: pick a format (landscape for the review table), then Export. In Electron a save
 * dialog chooses the path and the service writes the file; in the browser the bytes are downloaded.
 * Progress shows while it runs and Cancel stops it (nothing is written).
 */
export function renderExportDialog(container: HTMLElement, deps: ExportDialogDeps): () => void {
  const t = (text: Text, params?: Record<string, string | number>) => format(deps.i18n.text(text), params);
  const open = deps.project.current();
  if (!open) {
    container.append(el('p', {}, t(EXPORT_TEXT.needProject)));
    return () => undefined;
  }
  let chosen: ExportFormat = 'docx-table';
  const task = new TaskProgress(deps.client, { name: 'export', testId: 'export' });

  const landscape = el('input', { type: 'checkbox', 'data-testid': 'export-landscape' });
  const landscapeRow = el('label', { class: 'dz-export-option' }, landscape, ' ', t(EXPORT_TEXT.landscape));
  const exportButton = el('button', { class: 'dz-button dz-primary', 'data-testid': 'export-run', onclick: () => void run() }, t(EXPORT_TEXT.export));
  const cancelButton = el('button', { class: 'dz-button', 'data-testid': 'export-cancel', onclick: () => void cancel() }, t(EXPORT_TEXT.cancel));

  const choices = EXPORT_FORMATS.map((formatId) =>
    el(
      'label',
      { class: 'dz-export-format', 'data-format': formatId },
      el('input', { type: 'radio', name: 'dz-export-format', value: formatId, checked: formatId === chosen, 'data-testid': `export-format-${formatId}`, onchange: () => select(formatId) }),
      el('span', { class: 'dz-export-label' }, EXPORT_FORMAT_INFO[formatId].label),
      el('span', { class: 'dz-muted dz-export-description' }, EXPORT_FORMAT_INFO[formatId].description),
    ),
  );
  const untranslated = open.project.segments.filter((s) => s.target.trim() === '').length;
  container.append(
    el(
      'div',
      { class: 'dz-export-dialog', 'data-testid': 'export-dialog' },
      el('fieldset', { class: 'dz-export-formats' }, ...choices),
      landscapeRow,
      untranslated > 0 ? el('p', { class: 'dz-muted' }, t(EXPORT_TEXT.untranslatedNote, { count: untranslated })) : null,
      task.bar,
      task.status,
      el('div', { class: 'dz-dialog-actions' }, cancelButton, exportButton),
    ),
  );

  function select(formatId: ExportFormat) {
    chosen = formatId;
    landscapeRow.hidden = formatId !== 'docx-table';
  }

  async function cancel() {
    if (!task.running) return deps.close();
    await task.cancel();
  }

  async function run() {
    const current = deps.project.current();
    if (!current || task.running) return;
    const options = { handle: current.handle, format: chosen, ...(chosen === 'docx-table' ? { landscape: landscape.checked } : {}) };
    const info = EXPORT_FORMAT_INFO[chosen];
    let path: string | undefined;
    if (deps.client.host === 'electron') {
      const choice = await deps.client.call('app.choosePath', { purpose: 'export', defaultName: suggestedFileName(current.project.name, chosen), extensions: [info.extension] });
      if (choice.available && !choice.path) return; // the translator closed the save dialog
      path = choice.path;
    }
    exportButton.disabled = true;
    try {
      const outcome = await task.run(async (taskId) => {
        if (path) {
          const result = await deps.client.call('export.toFile', { ...options, path }, { taskId });
          return t(EXPORT_TEXT.exported, { name: result.path, size: Math.ceil(result.size / 1024) });
        }
        const result = await deps.client.call('export.toBytes', options, { taskId });
        downloadBase64(result.base64, result.fileName, result.mimeType);
        return t(EXPORT_TEXT.downloaded, { name: result.fileName, size: Math.ceil(result.size / 1024) });
      });
      if (outcome.cancelled) task.status.textContent = t(EXPORT_TEXT.cancelled);
      else {
        deps.workbench.notify(outcome.result);
        deps.close();
      }
    } catch (error) {
      deps.workbench.showError(error);
    } finally {
      exportButton.disabled = false;
    }
  }

  select(chosen);
  return () => task.dispose();
}
