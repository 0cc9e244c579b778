// The Electron main process: a thin shell around the same services every host uses. It owns windows,
// menus, dialogs, the app:// protocol and IPC; everything else is in plain-Node services.
import { app, BrowserWindow, dialog, Menu, session, shell, type WebContents } from 'electron';
import * as path from 'node:path';
import { composeServices, type ComposedServices } from '../services/compose';
import { resolveDataHome } from '../common/data-home';
import type { ApiResponse } from '../api/contract';
import type { OpenProject } from '../api/contract/project';
import { ElectronSettingsStore } from './electron-settings-store';
import { desktopSecretStore } from './secret-store';
import { chooseNativePath, electronCapabilities } from './capabilities';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { wireIpc } from './ipc';
import { IPC_EVENT } from './ipc-channels';
import { ProjectWindows } from './windows';
import { buildMenuSpec, type ShellAction } from './menu-template';
import { buildElectronMenu } from './menu';
import { classifyLaunchPaths, type LaunchRequest } from './launch-paths';

registerAppScheme();

const dataHome = resolveDataHome();

if (!app.requestSingleInstanceLock()) {
  // Another Duizhao is running: it receives our arguments through 'second-instance'.
  app.quit();
} else {
  let services: ComposedServices | undefined;
  let windows: ProjectWindows | undefined;
  const pendingLaunches: LaunchRequest[] = [];

  const report = async (error: { message: string; hint?: string }) => {
    const parent = windows?.focused();
    const options = { type: 'warning' as const, message: error.message, detail: error.hint ?? '', buttons: ['OK'] };
    if (parent) await dialog.showMessageBox(parent, options);
    else await dialog.showMessageBox(options);
  };

  const showResult = async (response: ApiResponse<unknown>, from?: WebContents) => {
    if (!response.ok) return report(response.error);
    await windows!.show((response.result as OpenProject).handle, from);
    await refreshMenu();
  };

  const openLaunch = async (request: LaunchRequest, from?: WebContents) => {
    if (!services || !windows) {
      pendingLaunches.push(request);
      return;
    }
    for (const projectPath of request.projects) await showResult(await services.dispatch('project.open', { path: projectPath }, { host: 'electron' }), from);
    for (const documentPath of request.documents) {
      await showResult(await services.dispatch('project.create', { source: { kind: 'path', path: documentPath } }, { host: 'electron' }), from);
    }
  };

  const runAction = async (action: ShellAction) => {
    if (!services || !windows) return;
    const from = windows.focused()?.webContents;
    switch (action.type) {
      case 'new-from-file': {
        const chosen = await chooseNativePath({ purpose: 'import-document' });
        if (chosen) await openLaunch({ projects: [], documents: [chosen] }, from);
        return;
      }
      case 'open-project': {
        const chosen = await chooseNativePath({ purpose: 'open-project' });
        if (chosen) await openLaunch({ projects: [chosen], documents: [] }, from);
        return;
      }
      case 'open-recent':
        return openLaunch({ projects: [action.path], documents: [] }, from);
      case 'clear-recent':
        await services.settings.update({ recentProjects: [] });
        return refreshMenu();
      case 'open-data-folder':
        await shell.openPath(dataHome);
        return;
      case 'about':
        await dialog.showMessageBox({ type: 'info', message: `Duizhao ${app.getVersion()}`, detail: `Data folder: ${dataHome}` });
        return;
    }
  };

  const refreshMenu = async () => {
    if (!services) return;
    const settings = await services.settings.get();
    const spec = buildMenuSpec({ isMac: process.platform === 'darwin', uiLanguage: settings.uiLanguage, recentProjects: settings.recentProjects, devTools: !app.isPackaged });
    Menu.setApplicationMenu(buildElectronMenu(spec, {
      command: (command) => windows?.focused()?.webContents.send(IPC_EVENT, { type: 'menu-command', command }),
      action: (action) => void runAction(action).catch((error) => report({ message: String(error) })),
    }));
  };

  app.on('second-instance', (_event, argv, cwd) => {
    const window = windows?.focused();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    void openLaunch(classifyLaunchPaths(argv.slice(1), cwd));
  });

  // macOS: files dropped on the dock icon or opened from Finder.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openLaunch(classifyLaunchPaths([filePath], process.cwd()));
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });

  app.whenReady().then(async () => {
    // Writing to the clipboard (copy in the editors) is the one permission the UI needs; camera, location,
    // notifications and the rest are refused.
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
    serveAppProtocol(path.join(__dirname, '..', 'renderer'));
    services = await composeServices({
      dataHome,
      host: 'electron',
      appVersion: app.getVersion(),
      settings: new ElectronSettingsStore(dataHome),
      // The team glossary's token: encrypted by the OS keychain where safeStorage can.
      secrets: desktopSecretStore(dataHome),
      // app.openWindow: a project chosen in a dialog or a start screen, each in a window of its own.
      capabilities: electronCapabilities(async (kind) => {
        if (kind === 'open-project') await runAction({ type: 'open-project' });
        else await windows?.create();
      }),
    });
    const composed = services;
    windows = new ProjectWindows({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      settings: composed.settings,
      devTools: !app.isPackaged,
      onProjectWindowClosed: (handle) => void composed.dispatch('project.close', { handle }, { host: 'electron' }),
    });
    const shown = windows;
    wireIpc(composed, {
      onProjectShown: (sender, handle) => {
        shown.noteProject(sender, handle);
        void refreshMenu();
      },
      onPathsDropped: (sender, paths) => void openLaunch(classifyLaunchPaths(paths, process.cwd()), sender),
      // The menu follows the UI language and the recent list as soon as they change.
      onSettingsChanged: () => void refreshMenu(),
    });
    composed.onEvent((event) => shown.broadcast(event));
    await refreshMenu();

    const launch = classifyLaunchPaths(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd());
    pendingLaunches.push(launch);
    const requests = pendingLaunches.splice(0);
    const anything = requests.some((r) => r.projects.length + r.documents.length > 0);
    if (!anything) await shown.create();
    for (const request of requests) await openLaunch(request);
  }).catch((error) => {
    dialog.showErrorBox('Duizhao could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });

  app.on('activate', () => {
    if (windows && BrowserWindow.getAllWindows().length === 0) void windows.create();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Flush every pending autosave before the process ends.
  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed || !services) return;
    event.preventDefault();
    disposed = true;
    services.dispose().finally(() => app.quit());
  });
}
