import { z } from 'zod';
import { method } from './define';

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  dataHome: string;
  /** Set when Electron could not start and the web host serves the app instead. */
  fallbackReason?: string;
}

export const appMethods = {
  'app.info': method<AppInfo>()(z.object({})),
  /** Cancels a long-running call (import, alignment, export) by the task id the caller gave it. */
  'app.cancelTask': method<{ cancelled: boolean }>()(z.object({ taskId: z.string().min(1) })),
};
