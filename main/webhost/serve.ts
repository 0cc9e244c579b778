import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { composeServices, type ComposedServices } from '../services/compose';
import { startWebHostServer, type WebHostServer } from './server';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServeOptions {
  dataHome: string;
  port?: number;
  token?: string;
  /** Defaults to dist/renderer in the repository. */
  staticRoot?: string;
  fallbackReason?: string;
  autosaveDelayMs?: number;
  maxBodyBytes?: number;
}

export interface RunningWebHost extends WebHostServer {
  services: ComposedServices;
}

/** Composes the services and serves them with the UI: `npm start` without Electron, and tests. */
export async function serveWebHost(options: ServeOptions): Promise<RunningWebHost> {
  const services = await composeServices({
    dataHome: options.dataHome,
    host: 'web',
    appVersion: appVersion(),
    fallbackReason: options.fallbackReason,
    autosaveDelayMs: options.autosaveDelayMs,
  });
  let server: WebHostServer;
  try {
    server = await startWebHostServer({
      dispatch: services.dispatch,
      onEvent: services.onEvent,
      staticRoot: options.staticRoot ?? path.join(repositoryRoot, 'dist', 'renderer'),
      port: options.port,
      token: options.token,
      maxBodyBytes: options.maxBodyBytes,
    });
  } catch (error) {
    await services.dispose();
    throw error;
  }
  return {
    ...server,
    services,
    async close() {
      await server.close();
      await services.dispose();
    },
  };
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
