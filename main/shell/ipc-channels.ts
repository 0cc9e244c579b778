/** IPC channel names shared by the main process (ipc.ts, windows.ts) and the preload. */
export const IPC_INVOKE = 'duizhao:invoke';
export const IPC_EVENT = 'duizhao:event';
export const IPC_OPEN_PATHS = 'duizhao:open-paths';
