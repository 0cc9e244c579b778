import { BrowserWindow, dialog, screen, shell, type WebContents } from 'electron';
import type { ApiEvent } from '../api/contract/events';
import type { SettingsStore } from '../settings/store';
import { checkExternalUrl } from '../services/external-url';
import { appPageUrl, isAppUrl } from './app-url';
import { restoreWindowState } from './window-state';
import { IPC_EVENT } from './ipc-channels';

export interface ProjectWindowsDeps {
  preloadPath: string;
  settings: SettingsStore;
  devTools: boolean;
  /** A window showing this project closed (the session is closed; unsaved edits stay in the autosave). */
  onProjectWindowClosed(handle: string): void;
}

const UNLOAD_RETRIES = 5;
const UNLOAD_RETRY_MS = 300;

/**
 * One window per project. A window starts empty (start screen) or with `#handle=<handle>`; the shell
 * learns which project a window shows from the project calls it makes (see ipc.ts).
 */
export class ProjectWindows {
  private readonly projectByContents = new Map<number, string>();

  constructor(private readonly deps: ProjectWindowsDeps) {}

  async create(projectHandle?: string): Promise<BrowserWindow> {
    const { windowState } = await this.deps.settings.get();
    const state = restoreWindowState(windowState, screen.getAllDisplays().map((d) => d.workArea));
    const window = new BrowserWindow({
      x: state.x,
      y: state.y,
      width: state.width,
      height: state.height,
      minWidth: 640,
      minHeight: 420,
      show: false,
      title: 'Duizhao',
      webPreferences: {
        preload: this.deps.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        devTools: this.deps.devTools,
      },
    });
    if (state.maximized) window.maximize();
    this.secure(window.webContents);
    const contentsId = window.webContents.id;
    if (projectHandle) this.projectByContents.set(contentsId, projectHandle);
    window.once('ready-to-show', () => window.show());
    this.closeOnceSaved(window);
    window.on('close', () => {
      const bounds = window.getNormalBounds();
      void this.deps.settings.update({ windowState: { ...bounds, maximized: window.isMaximized() } });
    });
    window.on('closed', () => {
      const handle = this.projectByContents.get(contentsId);
      this.projectByContents.delete(contentsId);
      if (handle && ![...this.projectByContents.values()].includes(handle)) this.deps.onProjectWindowClosed(handle);
    });
    await window.loadURL(appPageUrl(projectHandle));
    return window;
  }

  /** Shows a project: focuses the window that has it, reuses an empty `from` window, or opens a new one. */
  async show(handle: string, from?: WebContents): Promise<void> {
    const existing = this.windowFor(handle);
    if (existing) {
      existing.focus();
      return;
    }
    if (from && !this.projectByContents.has(from.id)) {
      this.projectByContents.set(from.id, handle);
      await from.loadURL(appPageUrl(handle));
      return;
    }
    await this.create(handle);
  }

  noteProject(contents: WebContents, handle: string): void {
    this.projectByContents.set(contents.id, handle);
  }

  windowFor(handle: string): BrowserWindow | undefined {
    return BrowserWindow.getAllWindows().find((w) => this.projectByContents.get(w.webContents.id) === handle);
  }

  focused(): BrowserWindow | undefined {
    return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  }

  broadcast(event: ApiEvent): void {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT, event);
  }

  /**
   * The page refuses to unload while it holds edits not yet written (it starts writing them as it
   * refuses). Electron would then silently keep the window open: try again shortly, and only when the
   * edits still cannot be written ask whether to close without them.
   */
  private closeOnceSaved(window: BrowserWindow): void {
    let refusals = 0;
    window.webContents.on('will-prevent-unload', (event) => {
      refusals += 1;
      if (refusals <= UNLOAD_RETRIES) {
        setTimeout(() => {
          if (!window.isDestroyed()) window.close();
        }, UNLOAD_RETRY_MS);
        return;
      }
      refusals = 0;
      const choice = dialog.showMessageBoxSync(window, {
        type: 'warning',
        buttons: ['Keep Editing', 'Close Without Them'],
        defaultId: 0,
        cancelId: 0,
        message: 'Some edits could not be saved yet.',
        detail: 'Duizhao keeps trying to write them to the autosave. Closing now loses the edits of the last seconds.',
      });
      if (choice === 1) event.preventDefault();
    });
  }

  /** No navigation away from the UI, no new windows, no webviews; https links go to the browser after a check. */
  private secure(contents: WebContents): void {
    contents.setWindowOpenHandler(({ url }) => {
      try {
        void shell.openExternal(checkExternalUrl(url));
      } catch {
        // Refused link: nothing opens.
      }
      return { action: 'deny' };
    });
    const guard = (event: Electron.Event, url: string) => {
      if (!isAppUrl(url)) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  }
}
