// The only bridge between the UI and the services: `window.duizhao`, exactly `PreloadBridge`
// (renderer/src/api/transport.ts). Runs sandboxed with context isolation; bundled as CommonJS.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { apiEventSchema, type ApiEvent } from '../api/contract/events';
import type { PreloadBridge } from '../../renderer/src/api/transport';
import { IPC_EVENT, IPC_INVOKE, IPC_OPEN_PATHS } from './ipc-channels';


const bridge: PreloadBridge = {
  invoke: (method, params, taskId) => ipcRenderer.invoke(IPC_INVOKE, method, params, taskId),
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, payload: unknown) => {
      const parsed = apiEventSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data as ApiEvent);
    };
    ipcRenderer.on(IPC_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld('duizhao', bridge);

// Files dropped on the window open as projects (.duizhao) or become new projects (documents). Only
// the preload can turn a dropped File into its path; the page never sees the file system.
window.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
window.addEventListener(
  'drop',
  (event) => {
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const paths = files.map((file) => webUtils.getPathForFile(file)).filter((p) => p);
    if (paths.length) ipcRenderer.send(IPC_OPEN_PATHS, paths);
  },
  true,
);
