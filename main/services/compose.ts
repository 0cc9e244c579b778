import type { ApiHandlers } from '../api/handlers';
import type { ApiEvent } from '../api/contract/events';
import { createDispatcher, type Dispatch } from '../api/dispatcher';

/**
 * The composition root: every host (Electron shell, web host, tests) builds the services here with
 * plain constructor injection, then hands the handlers to the dispatcher. Nothing else creates services.
 */
export interface ServiceHostOptions {
  /** The user's data directory (see common/data-home.ts). */
  dataHome: string;
  host: 'electron' | 'web' | 'test';
  appVersion: string;
  /** Why Electron is not running, when the web host stands in for it. */
  fallbackReason?: string;
}

export interface ComposedServices {
  dispatch: Dispatch;
  /** Subscribe to pushed events (progress, glossary changes, team sync state). */
  onEvent(listener: (event: ApiEvent) => void): () => void;
  dispose(): Promise<void>;
}

export async function composeServices(options: ServiceHostOptions): Promise<ComposedServices> {
  const listeners = new Set<(event: ApiEvent) => void>();
  const emit = (event: ApiEvent) => {
    for (const listener of listeners) listener(event);
  };
  const disposers: Array<() => Promise<void> | void> = [];

  // Each capability contributes the handlers for its part of the contract (main/api/contract/*).
  const handlers: Omit<ApiHandlers, 'app.cancelTask'> = {
    'app.info': async () => ({ version: options.appVersion, host: options.host === 'electron' ? 'electron' : 'web', dataHome: options.dataHome, fallbackReason: options.fallbackReason }),
  } as unknown as Omit<ApiHandlers, 'app.cancelTask'>;

  return {
    dispatch: createDispatcher(handlers, emit),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose() {
      for (const dispose of disposers.reverse()) await dispose();
    },
  };
}
