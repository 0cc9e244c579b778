import { ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import type { ComposedServices } from '../services/compose';
import type { ApiResponse } from '../api/contract';
import { isAppUrl } from './app-url';
import { IPC_INVOKE, IPC_OPEN_PATHS } from './ipc-channels';


/** Only the main frame of our own UI may call services: no iframe, no page that navigated elsewhere. */
export function isTrustedSender(sender: WebContents, frame: WebFrameMain | null | undefined): boolean {
  return Boolean(frame) && frame === sender.mainFrame && isAppUrl(frame!.url);
}

export interface IpcWiring {
  /** Called with every successful project.* result that carries a handle: the shell learns which window shows which project. */
  onProjectShown(sender: WebContents, handle: string): void;
  /** Files dropped on a window (paths resolved by the preload). */
  onPathsDropped(sender: WebContents, paths: string[]): void;
  /** A successful settings.update (UI language, recent projects): the native menu is rebuilt. */
  onSettingsChanged(): void;
}

/** Every request goes through the dispatcher, which validates it against the contract. */
export function wireIpc(services: ComposedServices, wiring: IpcWiring): () => void {
  ipcMain.handle(IPC_INVOKE, async (event: IpcMainInvokeEvent, method: unknown, params: unknown, taskId: unknown): Promise<ApiResponse<unknown>> => {
    if (!isTrustedSender(event.sender, event.senderFrame)) {
      return { ok: false, error: { code: 'HOST_FORBIDDEN', message: 'Refused: this page is not the Duizhao UI.' } };
    }
    if (typeof method !== 'string' || (taskId !== undefined && typeof taskId !== 'string')) {
      return { ok: false, error: { code: 'API_BAD_REQUEST', message: 'Malformed API call.' } };
    }
    const response = await services.dispatch(method, params, { host: 'electron', taskId: taskId as string | undefined });
    if (response.ok && method.startsWith('project.') && hasHandle(response.result)) wiring.onProjectShown(event.sender, response.result.handle);
    if (response.ok && method === 'settings.update') wiring.onSettingsChanged();
    return response;
  });
  const onDrop = (event: Electron.IpcMainEvent, paths: unknown) => {
    if (!isTrustedSender(event.sender, event.senderFrame)) return;
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && p.length > 0)) return;
    wiring.onPathsDropped(event.sender, paths as string[]);
  };
  ipcMain.on(IPC_OPEN_PATHS, onDrop);
  return () => {
    ipcMain.removeHandler(IPC_INVOKE);
    ipcMain.removeListener(IPC_OPEN_PATHS, onDrop);
  };
}

function hasHandle(result: unknown): result is { handle: string } {
  return typeof result === 'object' && result !== null && typeof (result as { handle?: unknown }).handle === 'string';
}
