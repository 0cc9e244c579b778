import type { ApiClient } from '../api/client';
import type { OpenProject, RecoverableProject } from '../../../main/api/contract/project';
import type { DocumentSource } from '../../../main/api/contract/document';
import type { I18n } from '../i18n';
import type { Workbench } from '../shell/extension';
import { el, clear } from '../dom';
import { TaskProgress } from '../task-progress';
import { fileToSource, projectNameFromFile } from './file-source';
import { describeStep } from './step-names';

export interface StartScreenOptions {
  client: ApiClient;
  i18n: I18n;
  workbench: Workbench;
  /** Native dialogs (Electron) instead of upload and typed paths (web host). */
  nativeDialogs: boolean;
  opened(project: OpenProject, created: boolean): void;
}

/**
 * What the window shows without a project: new project from a file (upload or native dialog) or from
 * pasted text, open a project file, recent projects and autosaves left by a crash.
 */
export function renderStartScreen(container: HTMLElement, options: StartScreenOptions): () => void {
  const { client, i18n, workbench } = options;
  // Reading an article (and recovering an autosave) is a long task like export: the same progress and Cancel.
  let runningLabel = '';
  const task = new TaskProgress(client, { name: 'start', testId: 'start', describe: (step) => `${runningLabel} ${describeStep(i18n, step)}` });
  const cancel = el('button', { class: 'dz-button', 'data-action': 'cancel-start', onclick: () => void task.cancel() }, i18n.t('start.cancel'));
  const progress = el('div', { class: 'dz-start-progress', hidden: true, role: 'status' }, task.status, task.bar, cancel);

  const run = async (label: string, work: (taskId: string) => Promise<OpenProject>, created: boolean) => {
    if (task.running) return;
    runningLabel = label;
    task.status.textContent = label;
    progress.hidden = false;
    try {
      const outcome = await task.run(work);
      if (outcome.cancelled) workbench.notify(i18n.t('start.cancelled'));
      else options.opened(outcome.result, created);
    } catch (error) {
      workbench.showError(error);
    } finally {
      progress.hidden = true;
    }
  };

  const createFrom = (source: DocumentSource, name: string) =>
    run(i18n.t('start.preparing', { name }), (taskId) => client.call('project.create', { source, name }, { taskId }), true);

  // From a file.
  const fileInput = el('input', { type: 'file', class: 'dz-file-input', accept: '.txt,.text,.docx,.html,.htm', 'data-testid': 'file-input' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const source = await fileToSource(file);
    fileInput.value = '';
    await createFrom(source, projectNameFromFile(file.name));
  });
  const chooseFile = el('button', { class: 'dz-button dz-primary', 'data-action': 'choose-file' }, i18n.t('start.chooseFile'));
  chooseFile.addEventListener('click', async () => {
    if (!options.nativeDialogs) {
      fileInput.click();
      return;
    }
    try {
      const choice = await client.call('app.choosePath', { purpose: 'import-document' });
      if (!choice.available) fileInput.click();
      else if (choice.path) await createFrom({ kind: 'path', path: choice.path }, projectNameFromFile(choice.path.split(/[\\/]/).pop() ?? choice.path));
    } catch (error) {
      workbench.showError(error);
    }
  });

  // From pasted text.
  const nameInput = el('input', { type: 'text', class: 'dz-input', placeholder: i18n.t('start.projectName'), 'aria-label': i18n.t('start.projectName') });
  const textArea = el('textarea', { class: 'dz-paste', placeholder: i18n.t('start.pastePlaceholder'), 'aria-label': i18n.t('start.newFromText'), rows: 8, lang: 'zh-Hans' });
  const createFromText = el('button', { class: 'dz-button', 'data-action': 'create-from-text' }, i18n.t('start.create'));
  createFromText.addEventListener('click', () => {
    const text = textArea.value;
    if (text.trim() === '') {
      workbench.notify(i18n.t('start.emptyText'), 'error');
      return;
    }
    const name = nameInput.value.trim() || text.trim().split('\n')[0]!.slice(0, 30);
    void createFrom({ kind: 'text', text, name }, name);
  });

  // Open a project.
  const pathInput = el('input', { type: 'text', class: 'dz-input', placeholder: i18n.t('start.openPath'), 'aria-label': i18n.t('start.openPath') });
  const openPath = (path: string) => run(path, () => client.call('project.open', { path }), false);
  const openButton = el('button', { class: 'dz-button', 'data-action': 'open-path' }, i18n.t('start.openButton'));
  openButton.addEventListener('click', () => {
    if (pathInput.value.trim()) void openPath(pathInput.value.trim());
  });
  pathInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && pathInput.value.trim()) void openPath(pathInput.value.trim());
  });
  const browse = options.nativeDialogs
    ? el('button', {
        class: 'dz-button',
        onclick: async () => {
          try {
            const choice = await client.call('app.choosePath', { purpose: 'open-project', extensions: ['duizhao'] });
            if (choice.path) await openPath(choice.path);
          } catch (error) {
            workbench.showError(error);
          }
        },
      }, i18n.t('start.browse'))
    : null;

  const recentList = el('ul', { class: 'dz-recent' });
  const recoverList = el('ul', { class: 'dz-recent dz-recoverable' });

  const dropZone = el(
    'section',
    { class: 'dz-start-card dz-drop-zone' },
    el('h2', {}, i18n.t('start.newFromFile')),
    el('p', { class: 'dz-muted' }, i18n.t('start.fileFormats')),
    chooseFile,
    fileInput,
  );
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', async (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) await createFrom(await fileToSource(file), projectNameFromFile(file.name));
  });

  const screen = el(
    'div',
    { class: 'dz-start' },
    el('header', { class: 'dz-start-header' }, el('h1', {}, i18n.t('start.heading')), el('p', { class: 'dz-muted' }, i18n.t('start.tagline'))),
    progress,
    el(
      'div',
      { class: 'dz-start-grid' },
      dropZone,
      el('section', { class: 'dz-start-card' }, el('h2', {}, i18n.t('start.newFromText')), nameInput, textArea, createFromText),
      el(
        'section',
        { class: 'dz-start-card' },
        el('h2', {}, i18n.t('start.open')),
        el('div', { class: 'dz-row' }, pathInput, openButton, browse),
        el('h3', {}, i18n.t('start.recent')),
        recentList,
        recoverList,
      ),
    ),
  );
  container.appendChild(screen);

  void (async () => {
    try {
      const recent = await client.call('project.recent', {});
      clear(recentList);
      if (recent.length === 0) recentList.appendChild(el('li', { class: 'dz-muted' }, i18n.t('start.noRecent')));
      for (const path of recent.slice(0, 12)) {
        const name = path.split(/[\\/]/).pop() ?? path;
        recentList.appendChild(el('li', {}, el('button', { class: 'dz-link', title: path, onclick: () => void openPath(path) }, name), el('span', { class: 'dz-muted dz-path' }, path)));
      }
      const recoverable: RecoverableProject[] = await client.call('project.recoverable', {});
      for (const item of recoverable.slice(0, 12)) {
        recoverList.appendChild(
          el(
            'li',
            {},
            el('button', { class: 'dz-link', onclick: () => void run(item.name, () => client.call('project.recover', { id: item.id }), false) }, `${item.name}`),
            el('span', { class: 'dz-muted' }, ` ${i18n.t('start.autosaved', { date: item.savedAt.replace('T', ' ').slice(0, 16) })}`),
          ),
        );
      }
    } catch (error) {
      workbench.showError(error);
    }
  })();

  return () => {
    task.dispose();
    screen.remove();
  };
}
