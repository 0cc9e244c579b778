import type { ApiResponse } from '../../../main/api/contract';
import { apiEventSchema, type ApiEvent } from '../../../main/api/contract/events';
import { WEB_API_PREFIX, WEB_EVENTS_PATH, WEB_TOKEN_HEADER, type ApiTransport } from './transport';

/** Talks to the web host that served this page; the token comes from the page URL (`?token=`). */
export function createWebTransport(token: string, origin = ''): ApiTransport {
  const listeners = new Set<(event: ApiEvent) => void>();
  let source: EventSource | undefined;

  const ensureEventStream = () => {
    if (source) return;
    source = new EventSource(`${origin}${WEB_EVENTS_PATH}?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      const parsed = apiEventSchema.safeParse(JSON.parse(message.data));
      if (parsed.success) for (const listener of listeners) listener(parsed.data);
    };
  };

  return {
    host: 'web',
    async invoke(method, params, taskId) {
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
    },
    onEvent(listener) {
      ensureEventStream();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
