import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveWebHost, type RunningWebHost } from '../../../main/webhost/serve';
import { callApi, request } from './http-client';

let host: RunningWebHost;

before(async () => {
  const staticRoot = mkdtempSync(join(tmpdir(), 'dz-ui-'));
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Duizhao</title><script src="app.js"></script>');
  writeFileSync(join(staticRoot, 'app.js'), 'console.log("duizhao")');
  host = await serveWebHost({ dataHome: mkdtempSync(join(tmpdir(), 'dz-home-')), staticRoot });
});
after(() => host.close());

test('listens on 127.0.0.1 on a random port with a long random token, and prints the page URL with it', () => {
  assert.match(host.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.ok(host.port > 0);
  assert.ok(host.token.length >= 32);
  assert.equal(host.pageUrl, `${host.origin}/?token=${host.token}`);
});

test('a good request with the token gets 200 and the answer', async () => {
  const response = await callApi(host.origin, host.token, 'app.info', {});
  assert.equal(response.status, 200);
  assert.equal(response.json().ok, true);
  assert.equal(response.json().result.host, 'web');
  const sameOrigin = await callApi(host.origin, host.token, 'app.info', {}, { origin: host.origin });
  assert.equal(sameOrigin.status, 200);
});

test('API requests without the token, or with a wrong one, are refused', async () => {
  const none = await callApi(host.origin, undefined, 'app.info', {});
  assert.equal(none.status, 401);
  assert.equal(none.json().error.code, 'HOST_FORBIDDEN');
  const wrong = await callApi(host.origin, host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A'), 'app.info', {});
  assert.equal(wrong.status, 401);
  assert.equal((await callApi(host.origin, '', 'app.info', {})).status, 401);
});

test('a foreign Host header is refused (DNS rebinding), even with the token', async () => {
  for (const hostHeader of ['evil.example:80', `attacker.test:${host.port}`, '127.0.0.1:1']) {
    const response = await callApi(host.origin, host.token, 'app.info', {}, { host: hostHeader });
    assert.equal(response.status, 403, hostHeader);
  }
  const page = await request(`${host.origin}/?token=${host.token}`, { headers: { host: 'evil.example' } });
  assert.equal(page.status, 403);
  const ok = await callApi(host.origin, host.token, 'app.info', {}, { host: `localhost:${host.port}` });
  assert.equal(ok.status, 200);
});

test('a foreign Origin is refused, even with the token', async () => {
  for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `https://127.0.0.1:${host.port}`]) {
    const response = await callApi(host.origin, host.token, 'app.info', {}, { origin });
    assert.equal(response.status, 403, origin);
  }
  const crossSite = await callApi(host.origin, host.token, 'app.info', {}, { 'sec-fetch-site': 'cross-site' });
  assert.equal(crossSite.status, 403);
});

test('the page needs the token and carries a strict CSP; the event stream needs the token', async () => {
  const without = await request(`${host.origin}/`);
  assert.equal(without.status, 401);
  assert.match(without.body, /token/);
  const page = await request(host.pageUrl);
  assert.equal(page.status, 200);
  assert.match(page.body, /<title>Duizhao<\/title>/);
  const csp = String(page.headers['content-security-policy']);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /style-src 'self' 'unsafe-inline'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /https?:|\*/, 'no remote source');
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers['referrer-policy'], 'no-referrer');
  assert.equal((await request(`${host.origin}/api-events`)).status, 401);
});

test('static files are served without leaving the UI folder', async () => {
  const script = await request(`${host.origin}/app.js`);
  assert.equal(script.status, 200);
  assert.match(String(script.headers['content-type']), /javascript/);
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/.hidden', '/nothing.js']) {
    assert.equal((await request(`${host.origin}${path}`)).status, 404, path);
  }
});
