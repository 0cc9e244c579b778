/**
 * The UI is loaded from `app://duizhao/…` (a privileged custom scheme served from dist/renderer), never
 * from the network. Pure: the IPC sender check and the navigation guard use it, and tests too.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'duizhao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page for a window; `project` is the open project's handle, which the renderer reads at start. */
export function appPageUrl(projectHandle?: string): string {
  return `${APP_ORIGIN}/index.html${projectHandle ? `?project=${encodeURIComponent(projectHandle)}` : ''}`;
}

/** Whether a frame URL is our own UI (IPC senders, navigation targets). */
export function isAppUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}
