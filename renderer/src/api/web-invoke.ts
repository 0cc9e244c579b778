import type { ApiResponse } from '../../../main/api/contract';
import { WEB_API_PREFIX, WEB_TOKEN_HEADER } from './transport';

/** One API call to the web host that served this page (no event stream, no schema: boot.js uses it too). */
export function createWebInvoke(token: string, origin = ''): (method: string, params: unknown, taskId?: string) => Promise<ApiResponse<unknown>> {
  return async (method, params, taskId) => {
    let response: Response;
    try {
      response = await fetch(`${origin}${WEB_API_PREFIX}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: token },
        body: JSON.stringify({ params, taskId }),
      });
    } catch (error) {
      return { ok: false, error: { code: 'HOST_UNREACHABLE', message: 'The Duizhao service is not reachable.', hint: 'Check that the app is still running.' } };
    }
    if (response.status === 401 || response.status === 403) {
      return { ok: false, error: { code: 'HOST_FORBIDDEN', message: 'The Duizhao service refused this page.', hint: 'Open the full URL printed by `npm start`, token included.' } };
    }
    return (await response.json()) as ApiResponse<unknown>;
  };
}
