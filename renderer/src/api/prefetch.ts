import type { ApiResponse } from '../../../main/api/contract';
import type { Route } from '../shell/route';
import type { ApiTransport } from './transport';

type Invoke = (method: string, params: unknown, taskId?: string) => Promise<ApiResponse<unknown>>;

/** Calls already on their way, by method and parameters, each answered once. */
export type PrefetchedCalls = Map<string, Promise<ApiResponse<unknown>>>;

declare global {
  interface Window {
    /** Set by boot.js, which runs before app.js: the first API calls, started early. */
    duizhaoPrefetch?: PrefetchedCalls;
  }
}

export function prefetchKey(method: string, params: unknown): string {
  return `${method} ${JSON.stringify(params)}`;
}

/**
 * The calls App.start makes first (settings, host info, the project named in the address), started
 * before the app bundle is evaluated: the browser spends a few hundred milliseconds compiling and
 * running Monaco, and the service answers meanwhile. Same methods and parameters as App.start/reopen.
 */
export function startPrefetch(invoke: Invoke, route: Route): PrefetchedCalls {
  const calls: Array<[string, unknown]> = [
    ['settings.get', {}],
    ['app.info', {}],
  ];
  if (route.handle) calls.push(['project.get', { handle: route.handle }]);
  else if (route.path) calls.push(['project.open', { path: route.path }]);
  const prefetched: PrefetchedCalls = new Map();
  for (const [method, params] of calls) {
    const answer = invoke(method, params);
    answer.catch(() => undefined);
    prefetched.set(prefetchKey(method, params), answer);
  }
  return prefetched;
}

/** A transport that answers a call from its prefetch the first time it is made, and as usual after that. */
export function withPrefetched(transport: ApiTransport, prefetched: PrefetchedCalls): ApiTransport {
  return {
    host: transport.host,
    invoke(method, params, taskId) {
      if (taskId === undefined && prefetched.size > 0) {
        const key = prefetchKey(method, params);
        const answer = prefetched.get(key);
        if (answer) {
          prefetched.delete(key);
          return answer;
        }
      }
      return transport.invoke(method, params, taskId);
    },
    onEvent: (listener) => transport.onEvent(listener),
  };
}
