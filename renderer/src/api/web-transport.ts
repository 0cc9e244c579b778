import { apiEventSchema, type ApiEvent } from '../../../main/api/contract/events';
import { WEB_EVENTS_PATH, type ApiTransport } from './transport';
import { createWebInvoke } from './web-invoke';

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
    invoke: createWebInvoke(token, origin),
    onEvent(listener) {
      ensureEventStream();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
