import { protocol } from 'electron';
import { uiContentSecurityPolicy } from '../webhost/csp';
import { readStaticFile } from '../webhost/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * Must run before `app.whenReady()`: makes app:// a standard, secure origin (fetch, workers, storage),
 * with V8's code cache on (Electron enables it for http(s) only unless a standard scheme asks), so the
 * 3.7 MB renderer bundle is not compiled from scratch at every start.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves dist/renderer on app://duizhao/ with the strict CSP; nothing else is reachable. */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const file = await readStaticFile(rendererRoot, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file || !('body' in file)) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-security-policy': uiContentSecurityPolicy(),
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
