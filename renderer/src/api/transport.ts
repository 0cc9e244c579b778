import type { ApiResponse } from '../../../main/api/contract';
import type { ApiEvent } from '../../../main/api/contract/events';

/**
 * How the renderer reaches the services. Electron: the preload bridge (`window.duizhao`).
 * Browser: the web host's HTTP API on 127.0.0.1 with the session token.
 */
export interface ApiTransport {
  readonly host: 'electron' | 'web';
  invoke(method: string, params: unknown, taskId?: string): Promise<ApiResponse<unknown>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

/** The shape the preload script exposes on `window.duizhao` through contextBridge. */
export interface PreloadBridge {
  invoke(method: string, params: unknown, taskId?: string): Promise<ApiResponse<unknown>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

declare global {
  interface Window {
    /** Present in Electron only: the preload bridge. */
    duizhao?: PreloadBridge;
  }
}

export const WEB_TOKEN_HEADER = 'x-duizhao-token';
export const WEB_API_PREFIX = '/api/';
export const WEB_EVENTS_PATH = '/api-events';
