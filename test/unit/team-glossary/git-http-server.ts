import { spawn } from 'node:child_process';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real git smart-HTTP server for tests: node:http in front of `git http-backend` (CGI), serving every
 * repository under `projectRoot`, with pushes enabled. With `credentials`, requests need HTTP basic auth.
 */
export interface GitHttpServer {
  url: string;
  /** Requests served (for tests that check the server was really used). */
  requests: number;
  close(): Promise<void>;
}

export async function startGitHttpServer(
  projectRoot: string,
  credentials?: { username: string; password: string },
  port = 0,
): Promise<GitHttpServer> {
  const state = { requests: 0 };
  const server = http.createServer((request, response) => {
    state.requests++;
    if (credentials) {
      const expected = 'Basic ' + Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
      if (request.headers.authorization !== expected) {
        response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="glossary"' });
        response.end('Unauthorized');
        return;
      }
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.receivepack',
        GIT_CONFIG_VALUE_0: 'true',
        REQUEST_METHOD: request.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        ...(request.headers['content-length'] ? { CONTENT_LENGTH: request.headers['content-length'] } : {}),
        ...(request.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] } : {}),
        ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: String(request.headers['git-protocol']) } : {}),
        REMOTE_USER: credentials?.username ?? 'anonymous',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    request.pipe(cgi.stdin);
    let buffer = Buffer.alloc(0);
    let headersSent = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        response.write(chunk);
        return;
      }
      buffer = Buffer.concat([buffer, chunk]);
      const separator = buffer.indexOf('\r\n\r\n');
      if (separator < 0) return;
      const head = buffer.subarray(0, separator).toString('latin1');
      const body = buffer.subarray(separator + 4);
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      response.writeHead(status, headers);
      headersSent = true;
      if (body.length) response.write(body);
    });
    cgi.stderr.resume();
    cgi.on('close', () => {
      if (!headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
