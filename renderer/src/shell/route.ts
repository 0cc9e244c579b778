/**
 * The open project is kept in the page address (`#handle=…&path=…`), so a reload of the web host
 * page comes back to the same project: by its session handle, or from its file if the session is gone.
 */
export interface Route {
  handle?: string;
  path?: string;
}

export function readRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { handle: params.get('handle') ?? undefined, path: params.get('path') ?? undefined };
}

export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  if (route.handle) params.set('handle', route.handle);
  if (route.path) params.set('path', route.path);
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function writeRoute(route: Route): void {
  const hash = formatRoute(route);
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}
