import type { App } from '../app';
import type { Extension } from '../shell/extension';
import { COMMAND_IDS } from '../shell/command-ids';
import { keysOf } from '../shell/command-keys';
import { renderCleanupReport } from '../start/cleanup-report';
import { renderOriginal } from '../start/original-view';
import { renderShortcuts, renderPalette } from './help-views';
import { el } from '../dom';
import { renderSettingsDialog } from './settings-dialog';

/**
 * The editor's own commands and dialogs: projects (new, open, save, close), segments (confirm, move),
 * views (cleanup report, original text, theme, language) and help (F1, command palette).
 */
export function coreExtension(app: App): Extension {
  return {
    id: 'core',
    activate({ commands, views, client, i18n, workbench }) {
      const hasProject = () => Boolean(app.current());
      const editor = () => app.activeEditor();

      const saveAs = async (path?: string) => {
        const project = app.current();
        if (!project) return;
        await editor()?.flush();
        const saved = await client.call('project.save', { handle: project.handle, path });
        app.show(saved);
        workbench.notify(`${i18n.t('status.saved')}: ${saved.path ?? ''}`);
      };

      // A desktop host keeps one window per project: a new project or another project gets its own window.
      const newProject = async () => {
        if (app.hasNativeDialogs() && app.current()) await client.call('app.openWindow', { kind: 'start' });
        else await app.closeProject().then(() => app.showStart());
      };
      commands.register({ id: COMMAND_IDS.newProject, label: { key: 'command.newProject' }, keybindings: keysOf(COMMAND_IDS.newProject), menu: 'file', order: 1, run: newProject });
      commands.register({
        id: COMMAND_IDS.openProject,
        label: { key: 'command.openProject' },
        keybindings: keysOf(COMMAND_IDS.openProject),
        menu: 'file',
        order: 2,
        run: async () => {
          if (app.hasNativeDialogs()) {
            await client.call('app.openWindow', { kind: 'open-project' });
          } else {
            await app.closeProject();
            app.showStart();
          }
        },
      });
      commands.register({ id: COMMAND_IDS.saveProject, label: { key: 'command.saveProject' }, keybindings: keysOf(COMMAND_IDS.saveProject), menu: 'file', order: 3, enabled: hasProject, run: () => saveAs() });
      commands.register({
        id: COMMAND_IDS.saveProjectAs,
        label: { key: 'command.saveProjectAs' },
        keybindings: keysOf(COMMAND_IDS.saveProjectAs),
        menu: 'file',
        order: 4,
        enabled: hasProject,
        run: async () => {
          const project = app.current();
          if (!project) return;
          if (app.hasNativeDialogs()) {
            const choice = await client.call('app.choosePath', { purpose: 'save-project', defaultName: `${project.project.name}.duizhao`, extensions: ['duizhao'] });
            if (choice.path) await saveAs(choice.path);
          } else workbench.openView('core.saveAs');
        },
      });
      commands.register({ id: COMMAND_IDS.closeProject, label: { key: 'command.closeProject' }, menu: 'file', order: 9, enabled: hasProject, run: () => app.closeProject() });

      commands.register({ id: COMMAND_IDS.confirmSegment, label: { key: 'command.confirmSegment' }, keybindings: keysOf(COMMAND_IDS.confirmSegment), scope: 'editor', menu: 'edit', order: 1, enabled: hasProject, run: () => editor()?.confirmActive() });
      commands.register({ id: COMMAND_IDS.markReviewed, label: { key: 'command.markReviewed' }, keybindings: keysOf(COMMAND_IDS.markReviewed), scope: 'editor', menu: 'edit', order: 2, enabled: hasProject, run: () => editor()?.confirmActive('reviewed') });
      commands.register({ id: COMMAND_IDS.nextSegment, label: { key: 'command.nextSegment' }, keybindings: keysOf(COMMAND_IDS.nextSegment), scope: 'project', menu: 'edit', order: 3, enabled: hasProject, run: () => editor()?.move(1) });
      commands.register({ id: COMMAND_IDS.previousSegment, label: { key: 'command.previousSegment' }, keybindings: keysOf(COMMAND_IDS.previousSegment), scope: 'project', menu: 'edit', order: 4, enabled: hasProject, run: () => editor()?.move(-1) });
      commands.register({ id: COMMAND_IDS.nextUnconfirmed, label: { key: 'command.nextUnconfirmed' }, keybindings: keysOf(COMMAND_IDS.nextUnconfirmed), scope: 'project', menu: 'edit', order: 5, enabled: hasProject, run: () => editor()?.goToNextUnconfirmed() });

      commands.register({ id: COMMAND_IDS.cleanupReport, label: { key: 'command.cleanupReport' }, menu: 'view', order: 1, enabled: hasProject, run: () => workbench.openView('core.cleanupReport') });
      commands.register({
        id: COMMAND_IDS.showOriginal,
        label: { key: 'command.showOriginal' },
        keybindings: keysOf(COMMAND_IDS.showOriginal),
        scope: 'project',
        menu: 'view',
        order: 2,
        enabled: hasProject,
        run: () => workbench.openView('core.original', app.activeSegmentId()),
      });
      commands.register({ id: COMMAND_IDS.toggleOriginal, label: { key: 'command.toggleOriginal' }, menu: 'view', order: 3, enabled: hasProject, run: () => editor()?.setShowOriginal(!editor()!.isShowingOriginal()) });
      commands.register({ id: COMMAND_IDS.toggleTheme, label: { key: 'command.toggleTheme' }, menu: 'view', order: 10, run: () => app.setTheme(app.currentTheme === 'dark' ? 'light' : 'dark') });
      commands.register({ id: COMMAND_IDS.switchLanguage, label: { key: 'command.switchLanguage' }, menu: 'view', order: 11, run: () => app.setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en') });

      commands.register({ id: COMMAND_IDS.shortcuts, label: { key: 'command.shortcuts' }, keybindings: keysOf(COMMAND_IDS.shortcuts), menu: 'help', order: 1, run: () => workbench.openView('core.shortcuts') });
      commands.register({ id: COMMAND_IDS.commandPalette, label: { key: 'command.commandPalette' }, keybindings: keysOf(COMMAND_IDS.commandPalette), menu: 'help', order: 2, run: () => workbench.openView('core.palette') });

      views.register({
        id: 'core.cleanupReport',
        title: { key: 'report.title' },
        location: 'dialog',
        render(container, host) {
          const project = app.current();
          if (!project) return;
          renderCleanupReport(container, project.project, i18n, (segmentId) => workbench.openView('core.original', segmentId), () => {
            host.close();
            editor()?.panes.focusTarget();
          });
        },
      });
      views.register({
        id: 'core.original',
        title: { key: 'command.showOriginal' },
        location: 'dialog',
        render(container, host, args) {
          const project = app.current();
          const segmentId = typeof args === 'string' ? args : app.activeSegmentId();
          if (!project || !segmentId) return;
          const spans = app.glossaryOriginalSpans?.(segmentId) ?? [];
          host.setTitle(renderOriginal(container, project.project, segmentId, i18n, spans));
          container.appendChild(
            el('div', { class: 'dz-dialog-actions' }, el('button', { class: 'dz-button', onclick: () => { host.close(); app.goToSegment(segmentId); } }, i18n.t('dialog.ok'))),
          );
        },
      });
      views.register({
        id: 'core.saveAs',
        title: { key: 'command.saveProjectAs' },
        location: 'dialog',
        render(container, host) {
          const project = app.current();
          const input = el('input', { type: 'text', class: 'dz-input', value: project?.path ?? '', placeholder: '/home/me/articles/zhongshan.duizhao', 'aria-label': i18n.t('start.openPath'), autofocus: true });
          const save = async () => {
            if (!input.value.trim()) return;
            try {
              await saveAs(input.value.trim());
              host.close();
            } catch (error) {
              workbench.showError(error);
            }
          };
          input.addEventListener('keydown', (event) => {
            if (event.key === 'Enter') void save();
          });
          container.append(el('label', { class: 'dz-field' }, el('span', {}, i18n.t('start.openPath')), input), el('div', { class: 'dz-dialog-actions' }, el('button', { class: 'dz-button dz-primary', onclick: () => void save() }, i18n.t('command.saveProject'))));
        },
      });
      commands.register({ id: COMMAND_IDS.settings, label: { key: 'command.settings' }, keybindings: keysOf(COMMAND_IDS.settings), menu: 'view', order: 20, run: () => workbench.openView('core.settings') });
      views.register({
        id: 'core.settings',
        title: { key: 'settings.title' },
        location: 'dialog',
        render(container, host) {
          renderSettingsDialog(container, {
            i18n,
            current: { translatorName: app.translatorName(), theme: app.currentTheme, uiLanguage: i18n.language },
            save: async (changes) => {
              if (changes.translatorName !== app.translatorName()) await app.setTranslatorName(changes.translatorName);
              if (changes.theme !== app.currentTheme) await app.setTheme(changes.theme);
              if (changes.uiLanguage !== i18n.language) await app.setLanguage(changes.uiLanguage);
            },
            close: () => host.close(),
          });
        },
      });
      views.register({ id: 'core.shortcuts', title: { key: 'shortcuts.title' }, location: 'dialog', render: (container, host) => renderShortcuts(container, commands, i18n, app.isMac, host.close) });
      views.register({ id: 'core.palette', title: { key: 'command.commandPalette' }, location: 'dialog', render: (container, host) => renderPalette(container, commands, i18n, app.isMac, host.close) });
    },
  };
}
