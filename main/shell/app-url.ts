/**
 * The UI is loaded from `app://duizhao/…` (a privileged custom scheme served from dist/renderer), never
 * from the network. Pure: the IPC sender check and the navigation guard use it, and tests too.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'duizhao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The page for a window. The project's session handle goes in the address fragment the way the
 * renderer's route reads it (`#handle=…`, renderer/src/shell/route.ts), so the window opens on it.
 */
export function appPageUrl(projectHandle?: string): string {
  return `${APP_ORIGIN}/index.html${projectHandle ? `#${new URLSearchParams({ handle: projectHandle })}` : ''}`;
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
