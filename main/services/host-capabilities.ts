import type { PathPurpose } from '../api/contract/app';

/**
 * What only a desktop host can do. The Electron shell provides it; the web host and tests do not,
 * and the API then tells the UI so (`available: false`).
 */
export interface HostCapabilities {
  choosePath(request: { purpose: PathPurpose; defaultName?: string; extensions?: string[] }): Promise<string | undefined>;
  /** A project chosen in a dialog, or the start screen, in a window of its own. */
  openWindow(kind: 'open-project' | 'start'): Promise<void>;
  /** Called only with a URL that passed `checkExternalUrl`. */
  openExternal(url: string): Promise<void>;
}
