import * as http from 'node:http';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { promises as fs } from 'node:fs';
import type { ApiError, ApiResponse } from '../api/contract';
import type { ApiEvent } from '../api/contract/events';
import type { Dispatch } from '../api/dispatcher';
import { WEB_API_PREFIX, WEB_EVENTS_PATH, WEB_TOKEN_HEADER } from '../../renderer/src/api/transport';
import { uiContentSecurityPolicy } from './csp';
import { checkHostAndOrigin, tokenMatches } from './request-guard';
import { readStaticFile } from './static-files';
import { UserFacingError } from '../common/errors';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebHostServerOptions {
  dispatch: Dispatch;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** The built UI (dist/renderer). */
  staticRoot: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** A fresh random token by default. */
  token?: string;
  /** Largest accepted request body (uploads arrive as base64 JSON). */
  maxBodyBytes?: number;
}

export interface WebHostServer {
  port: number;
  token: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The page to open, token included. */
  pageUrl: string;
  close(): Promise<void>;
}

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * The UI and the API over HTTP on 127.0.0.1 only. The page (`/?token=…`), the API (`POST /api/<method>`,
 * token in the `x-duizhao-token` header) and the event stream (`/api-events?token=…`) need the session
 * token; the static bundle does not (it holds no data). Every request must carry our own Host, and an
 * Origin, if any, must be ours.
 */
export async function startWebHostServer(options: WebHostServerOptions): Promise<WebHostServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const eventStreams = new Set<http.ServerResponse>();
  let port = 0;

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) sendJson(response, 500, failure({ code: 'INTERNAL', message: `Web host error: ${error instanceof Error ? error.message : String(error)}` }));
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const verdict = checkHostAndOrigin(request.headers as Record<string, string | undefined>, port);
    if (!verdict.allowed) return sendJson(response, verdict.status ?? 403, failure({ code: 'HOST_FORBIDDEN', message: `Refused: ${verdict.reason}.` }));
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith(WEB_API_PREFIX)) return handleApi(request, response, url);
    if (url.pathname === WEB_EVENTS_PATH) return handleEvents(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, failure({ code: 'METHOD_NOT_ALLOWED', message: 'Only GET here.' }));
    if (url.pathname === '/' || url.pathname === '/index.html') return handlePage(response, url);
    const file = await readStaticFile(options.staticRoot, url.pathname, headerValue(request.headers['if-none-match']));
    if (!file) return sendText(response, 404, 'Not found.');
    // no-cache: the browser revalidates every load (a rebuild shows at once), and a 304 keeps its copy,
    // so Chromium's V8 code cache for app.js survives from one load to the next.
    const headers = { ...COMMON_HEADERS, 'content-type': file.contentType, 'cache-control': 'no-cache', etag: file.etag };
    if ('notModified' in file) {
      response.writeHead(304, headers);
      return void response.end();
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handlePage(response: http.ServerResponse, url: URL): Promise<void> {
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      return sendText(response, 401, 'Duizhao: this page needs the session token. Open the full URL printed by `npm start` (http://127.0.0.1:PORT/?token=…).');
    }
    let html: Buffer;
    try {
      html = await fs.readFile(path.join(options.staticRoot, 'index.html'));
    } catch {
      return sendText(response, 503, 'Duizhao: the UI is not built. Run `npm run build` (or `npm start`, which builds it) and reload.');
    }
    response.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': uiContentSecurityPolicy(), 'cache-control': 'no-store' });
    response.end(html);
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
    if (!tokenMatches(headerValue(request.headers[WEB_TOKEN_HEADER]), token)) {
      return sendJson(response, 401, failure({ code: 'HOST_FORBIDDEN', message: 'Missing or wrong session token.', hint: 'Open the full URL printed by `npm start`, token included.' }));
    }
    if (request.method !== 'POST') return sendJson(response, 405, failure({ code: 'METHOD_NOT_ALLOWED', message: 'API calls are POST requests.' }));
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      return sendJson(response, 415, failure({ code: 'API_BAD_REQUEST', message: 'API calls send JSON (content-type: application/json).' }));
    }
    let methodName: string;
    try {
      methodName = decodeURIComponent(url.pathname.slice(WEB_API_PREFIX.length));
    } catch {
      return sendJson(response, 400, failure({ code: 'API_BAD_REQUEST', message: 'The method name in the URL is not valid.' }));
    }
    const body = await readBody(request, maxBodyBytes);
    if (body === 'too-large') {
      return sendJson(response, 413, failure({
        code: 'REQUEST_TOO_LARGE',
        message: `The request is larger than the ${Math.round(maxBodyBytes / (1024 * 1024))} MB the app accepts.`,
        hint: 'Split the document into smaller files, or open it in the desktop app, which reads files directly.',
      }));
    }
    let envelope: { params?: unknown; taskId?: unknown };
    try {
      envelope = JSON.parse(body.toString('utf8') || '{}');
    } catch {
      return sendJson(response, 400, failure({ code: 'API_BAD_REQUEST', message: 'The request body is not valid JSON.' }));
    }
    if (!envelope || typeof envelope !== 'object' || (envelope.taskId !== undefined && typeof envelope.taskId !== 'string')) {
      return sendJson(response, 400, failure({ code: 'API_BAD_REQUEST', message: 'The request body must be { params, taskId? }.' }));
    }
    const result = await options.dispatch(methodName, envelope.params ?? {}, { host: 'web', taskId: envelope.taskId as string | undefined });
    sendJson(response, 200, result);
  }

  function handleEvents(request: http.IncomingMessage, response: http.ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get('token'), token)) return sendJson(response, 401, failure({ code: 'HOST_FORBIDDEN', message: 'Missing or wrong session token.' }));
    response.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': connected\n\n');
    eventStreams.add(response);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 20_000);
    const unsubscribe = options.onEvent((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
    request.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      eventStreams.delete(response);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new UserFacingError('PORT_IN_USE', `Port ${options.port} on 127.0.0.1 is already in use.`, 'Choose another --port, or leave it out to get a free one.'));
      } else reject(error);
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    token,
    origin,
    pageUrl: `${origin}/?token=${encodeURIComponent(token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function failure(error: ApiError): ApiResponse<never> {
  return { ok: false, error };
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(text);
}

/** Reads the body, stopping (and draining) once it exceeds the limit. */
function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
