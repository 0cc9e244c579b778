import { z } from 'zod';
import { method } from './define';

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  dataHome: string;
  /** Set when Electron could not start and the web host serves the app instead. */
  fallbackReason?: string;
  /** Whether `app.choosePath` shows native dialogs (Electron) or the UI must use upload / typed paths (web). */
  nativeDialogs: boolean;
}

/** What a file dialog is for: decides its title, filters and default folder. */
export const pathPurposeSchema = z.enum(['open-project', 'save-project', 'import-document', 'import-translation', 'export', 'import-glossary', 'export-glossary']);
export type PathPurpose = z.infer<typeof pathPurposeSchema>;

export const appMethods = {
  'app.info': method<AppInfo>()(z.object({})),
  /** Cancels a long-running call (import, alignment, export) by the task id the caller gave it. */
  'app.cancelTask': method<{ cancelled: boolean }>()(z.object({ taskId: z.string().min(1) })),
  /**
   * A native open/save dialog. `available: false` on hosts without one (web host): the UI then uploads
   * files (`bytes` document source) or asks for a path. `path` is absent when the user cancelled.
   */
  'app.choosePath': method<{ available: boolean; path?: string }>()(
    z.object({ purpose: pathPurposeSchema, defaultName: z.string().optional(), extensions: z.array(z.string().regex(/^[\w.]+$/)).optional() }),
  ),
  /**
   * Desktop hosts keep one window per project: `open-project` asks for a project file and shows it in its
   * own window, `start` opens a window on the start screen. `available: false` on hosts with one page (web).
   */
  'app.openWindow': method<{ available: boolean }>()(z.object({ kind: z.enum(['open-project', 'start']) })),
  /** Opens an https link in the system browser after checking it; other schemes are refused. */
  'app.openExternal': method<{ opened: boolean }>()(z.object({ url: z.string().min(1).max(2048) })),
};
