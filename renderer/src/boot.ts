// boot.js: a few kilobytes that run before app.js (both deferred, in document order). They start the
// first API calls (renderer/src/api/prefetch.ts) so the service answers while the browser evaluates
// the app bundle; main.ts takes the answers from window.duizhaoPrefetch.
import { startPrefetch } from './api/prefetch';
import { createWebInvoke } from './api/web-invoke';
import { readRoute } from './shell/route';

const bridge = window.duizhao;
const invoke = bridge ? (method: string, params: unknown) => bridge.invoke(method, params) : createWebInvoke(new URLSearchParams(location.search).get('token') ?? '');
window.duizhaoPrefetch = startPrefetch(invoke, readRoute(location.hash));
