import type { ApiClient } from './api/client';
import { markWithPaint } from './bench-marks';
import type { OpenProject } from '../../main/api/contract/project';
import type { Settings } from '../../main/api/contract/settings';
import { I18n, type UiLanguage } from './i18n';
import { el, clear } from './dom';
import { CommandRegistry } from './shell/commands';
import { ViewRegistry } from './shell/views';
import { WorkbenchView } from './shell/workbench-view';
import { renderMenubar } from './shell/menubar';
import type { ExtensionContext, ProjectSession } from './shell/extension';
import { extensions } from './extensions';
import { coreExtension } from './core/core-extension';
import { glossaryExtension } from './glossary/glossary-extension';
import { findExtension } from './find/find-extension';
import { EditorController } from './editor/editor-controller';
import { renderStartScreen } from './start/start-screen';
import { StatusBar } from './shell/status-bar';
import { readRoute, writeRoute, type Route } from './shell/route';

export type Theme = 'light' | 'dark';

/** What the window is showing and the services behind it. One per window. */
export class App implements ProjectSession {
  readonly i18n: I18n;
  readonly commands = new CommandRegistry();
  readonly views = new ViewRegistry();
  readonly workbench: WorkbenchView;
  readonly statusBar: StatusBar;
  private editor: EditorController | undefined;
  private startDispose: (() => void) | undefined;
  private theme: Theme = 'light';
  private translator = '';
  private nativeDialogs = false;
  private readonly projectListeners = new Set<(project: OpenProject | undefined) => void>();
  private readonly segmentListeners = new Set<(segmentId: string | undefined) => void>();
  private readonly editorListeners = new Set<(editor: EditorController | undefined) => void>();
  readonly isMac = /Mac/.test(navigator.platform);
  /** Set by the glossary: a segment's term spans in its original text (for the "original" dialog). */
  glossaryOriginalSpans: ((segmentId: string) => Array<{ start: number; end: number; title?: string }>) | undefined;

  constructor(
    readonly client: ApiClient,
    private readonly root: HTMLElement,
  ) {
    this.i18n = new I18n('en');
    this.workbench = new WorkbenchView(this.views, this.i18n);
    this.statusBar = new StatusBar(this.workbench.statusbar, this.i18n);
  }

  async start(): Promise<void> {
    // Settings, host info and the project to reopen are fetched at once: each is a round trip.
    const route = readRoute(location.hash);
    const reopening = this.reopen(route);
    reopening.catch(() => undefined);
    const [settings, info] = await Promise.all([this.loadSettings(), this.client.call('app.info', {}).catch(() => undefined)]);
    this.translator = settings.translatorName;
    this.applyTheme(settings.theme);
    this.i18n.setLanguage(settings.uiLanguage);
    document.documentElement.lang = this.i18n.language;
    this.i18n.onChange((language) => {
      document.documentElement.lang = language;
      if (!this.editor) this.showStart();
    });
    if (info) {
      this.nativeDialogs = info.nativeDialogs;
      if (info.fallbackReason) this.workbench.notify(info.fallbackReason);
    }

    clear(this.root);
    this.root.appendChild(this.workbench.root);
    if (this.client.host === 'web') renderMenubar(this.workbench.menubar, this.commands, this.i18n, this.isMac);
    else this.workbench.menubar.hidden = true;

    const context: ExtensionContext = { client: this.client, commands: this.commands, views: this.views, i18n: this.i18n, workbench: this.workbench, project: this };
    for (const extension of [coreExtension(this), findExtension(this), glossaryExtension(this), ...extensions]) {
      try {
        extension.activate(context);
      } catch (error) {
        console.error(`Extension ${extension.id} failed to start`, error);
        this.workbench.notify(`${extension.id}: ${error instanceof Error ? error.message : String(error)}`, 'error');
      }
    }
    this.wireKeyboard();
    // Native menu items of the Electron shell arrive as events naming a command id.
    this.client.onEvent((event) => {
      if (event.type === 'menu-command') void this.commands.run(event.command);
    });
    window.addEventListener('beforeunload', (event) => {
      if (this.editor?.hasUnsaved()) {
        void this.editor.flush();
        event.preventDefault();
      }
    });

    try {
      const reopened = await reopening;
      if (reopened) {
        this.show(reopened);
        return;
      }
    } catch (error) {
      this.workbench.showError(error);
    }
    this.showStart();
  }

  /** The project named in the address (after a reload): by session handle, else from its file. */
  private async reopen(route: Route): Promise<OpenProject | undefined> {
    if (!route.handle && !route.path) return undefined;
    const project = route.handle ? await this.client.call('project.get', { handle: route.handle }).catch(() => undefined) : undefined;
    return project ?? (route.path ? await this.client.call('project.open', { path: route.path }) : undefined);
  }

  // ProjectSession ------------------------------------------------------------------------------------

  current(): OpenProject | undefined {
    return this.editor?.project;
  }

  onDidChange(listener: (project: OpenProject | undefined) => void): () => void {
    this.projectListeners.add(listener);
    return () => this.projectListeners.delete(listener);
  }

  activeSegmentId(): string | undefined {
    return this.editor?.activeSegmentId();
  }

  onDidChangeActiveSegment(listener: (segmentId: string | undefined) => void): () => void {
    this.segmentListeners.add(listener);
    return () => this.segmentListeners.delete(listener);
  }

  show(project: OpenProject): void {
    if (this.editor && this.editor.project.handle === project.handle) {
      this.editor.replaceProject(project);
      this.notifyProject();
      return;
    }
    this.closeEditor();
    this.startDispose?.();
    this.startDispose = undefined;
    // The side bar first: it narrows the main area, and the editor should wrap its rows once, at its final width.
    this.workbench.setSidebarEnabled(true);
    const editor = new EditorController(project, this.client, this.i18n, this.workbench, this.theme, this.workbench.main);
    this.editor = editor;
    editor.on({
      activeRowChanged: () => {
        const id = editor.activeSegmentId();
        for (const listener of this.segmentListeners) listener(id);
        this.statusBar.update(editor);
      },
      rowTextChanged: () => this.statusBar.update(editor),
      saveStateChanged: () => this.statusBar.update(editor),
    });
    writeRoute({ handle: project.handle, path: project.path });
    document.title = `${project.project.name} — ${this.i18n.t('app.title')}`;
    if (project.recoveredFromAutosave) this.workbench.notify(this.i18n.t('status.recovered'));
    this.statusBar.update(editor);
    this.notifyProject();
    for (const listener of this.editorListeners) listener(editor);
    for (const listener of this.segmentListeners) listener(editor.activeSegmentId());
    editor.panes.focusTarget();
    // For the bench (test/bench/editor.bench.ts): the panes show the rows and take typing.
    markWithPaint('duizhao:panes-ready');
  }

  async reload(): Promise<void> {
    const project = this.current();
    if (!project) return;
    await this.editor?.flush();
    this.show(await this.client.call('project.get', { handle: project.handle }));
  }

  goToSegment(segmentId: string): void {
    this.editor?.goToSegment(segmentId);
  }

  replaceActiveTranslation(text: string): boolean {
    const panes = this.editor?.panes;
    if (!panes) return false;
    const row = panes.activeRow();
    this.editor!.replaceRowText(row, text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim(), 'memory');
    panes.setActiveRow(row, true);
    panes.focusTarget();
    return true;
  }

  selectedText(): string {
    const panes = this.editor?.panes;
    return panes ? panes.selectedText('left') || panes.selectedText('right') : '';
  }

  // For the built-in extensions --------------------------------------------------------------------

  activeEditor(): EditorController | undefined {
    return this.editor;
  }

  onDidChangeEditor(listener: (editor: EditorController | undefined) => void): () => void {
    this.editorListeners.add(listener);
    return () => this.editorListeners.delete(listener);
  }

  get currentTheme(): Theme {
    return this.theme;
  }

  hasNativeDialogs(): boolean {
    return this.nativeDialogs;
  }

  async setTheme(theme: Theme): Promise<void> {
    this.applyTheme(theme);
    await this.saveSetting({ theme });
  }

  async setLanguage(language: UiLanguage): Promise<void> {
    this.i18n.setLanguage(language);
    await this.saveSetting({ uiLanguage: language });
  }

  async closeProject(): Promise<void> {
    const project = this.current();
    if (!project) return;
    await this.editor?.flush();
    this.closeEditor();
    try {
      await this.client.call('project.close', { handle: project.handle });
    } catch (error) {
      this.workbench.showError(error);
    }
    writeRoute({});
    this.showStart();
  }

  showStart(): void {
    this.startDispose?.();
    this.workbench.setSidebarEnabled(false);
    this.statusBar.clear();
    document.title = this.i18n.t('app.title');
    markWithPaint('duizhao:start-ready');
    this.startDispose = renderStartScreen(this.workbench.main, {
      client: this.client,
      i18n: this.i18n,
      workbench: this.workbench,
      nativeDialogs: this.nativeDialogs,
      opened: (project, created) => {
        this.show(project);
        if (created) this.workbench.openView('core.cleanupReport');
      },
    });
  }

  private closeEditor(): void {
    if (!this.editor) return;
    this.editor.dispose();
    this.editor = undefined;
    this.notifyProject();
    for (const listener of this.editorListeners) listener(undefined);
  }

  private notifyProject(): void {
    const project = this.current();
    for (const listener of this.projectListeners) listener(project);
  }

  private applyTheme(theme: Theme): void {
    this.theme = theme;
    document.documentElement.dataset.theme = theme;
    this.editor?.setTheme(theme);
  }

  private async loadSettings(): Promise<Pick<Settings, 'theme' | 'uiLanguage' | 'translatorName'>> {
    try {
      return await this.client.call('settings.get', {});
    } catch {
      return { theme: 'light', uiLanguage: 'en', translatorName: '' };
    }
  }

  translatorName(): string {
    return this.translator;
  }

  async setTranslatorName(name: string): Promise<void> {
    this.translator = name;
    try {
      await this.client.call('settings.update', { translatorName: name });
    } catch (error) {
      this.workbench.showError(error);
    }
  }

  private async saveSetting(patch: { theme?: Theme; uiLanguage?: UiLanguage }): Promise<void> {
    try {
      await this.client.call('settings.update', patch);
    } catch (error) {
      this.workbench.showError(error);
    }
  }

  /**
   * One keyboard dispatcher, in the capture phase so it sees keys before Monaco does: a key that
   * belongs to a command runs it and goes no further.
   */
  private wireKeyboard(): void {
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.isComposing || this.workbench.isDialogOpen()) return;
        const match = this.commands.matchKey(event, {
          editorFocused: this.editor?.panes.target.hasTextFocus() ?? false,
          projectOpen: Boolean(this.editor),
          isMac: this.isMac,
        });
        if (!match) return;
        event.preventDefault();
        event.stopPropagation();
        Promise.resolve(match.command.run(match.args)).catch((error) => this.workbench.showError(error));
      },
      true,
    );
  }
}

export function mountLoading(root: HTMLElement, text: string): void {
  clear(root);
  root.appendChild(el('div', { class: 'dz-loading' }, text));
}
