// The renderer's entry: picks the transport (Electron preload bridge or the web host's HTTP API),
// builds the typed client and starts the app. Styles are bundled into app.css beside app.js.
import './styles/app.css';
import { createApiClient } from './api/client';
import { createElectronTransport } from './api/electron-transport';
import { createWebTransport } from './api/web-transport';
import { withPrefetched } from './api/prefetch';
import { App, mountLoading } from './app';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
mountLoading(root, 'Duizhao 对照 …');

const transport = window.duizhao
  ? createElectronTransport(window.duizhao)
  : createWebTransport(new URLSearchParams(location.search).get('token') ?? '');
// The first calls were started by boot.js, before this bundle was evaluated; used once, at start.
const prefetched = window.duizhaoPrefetch ?? new Map();
const app = new App(createApiClient(withPrefetched(transport, prefetched)), root);
app
  .start()
  .catch((error: unknown) => {
    console.error(error);
    mountLoading(root, `Duizhao could not start: ${error instanceof Error ? error.message : String(error)}`);
  })
  .finally(() => prefetched.clear());
// For the browser tests and the bench: read-only handles on the running app.
(window as unknown as { duizhaoApp?: App }).duizhaoApp = app;
