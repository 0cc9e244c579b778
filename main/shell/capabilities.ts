import { BrowserWindow, dialog, shell } from 'electron';
import type { HostCapabilities } from '../services/host-capabilities';
import { checkExternalUrl } from '../services/external-url';
import { dialogSpec } from './dialog-options';

/** The native open or save dialog for one purpose, over the focused window: the chosen path, or undefined. */
export async function chooseNativePath({ purpose, defaultName, extensions }: Parameters<HostCapabilities['choosePath']>[0]): Promise<string | undefined> {
  const spec = dialogSpec(purpose, extensions);
  const parent = BrowserWindow.getFocusedWindow() ?? undefined;
  if (spec.kind === 'open') {
    const options = { title: spec.title, filters: spec.filters, properties: ['openFile' as const] };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  }
  const options = { title: spec.title, filters: spec.filters, defaultPath: defaultName, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled ? undefined : result.filePath;
}

/**
 * Native dialogs, windows and the system browser, for the services' `app.choosePath`, `app.openWindow`
 * and `app.openExternal`. Windows belong to main.ts, which passes how to open one.
 */
export function electronCapabilities(openWindow: HostCapabilities['openWindow']): HostCapabilities {
  return {
    openWindow,
    choosePath: chooseNativePath,
    async openExternal(url) {
      // Checked again here: this is the last step before leaving the app.
      await shell.openExternal(checkExternalUrl(url));
    },
  };
}
