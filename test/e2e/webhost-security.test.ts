import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from './editor-harness';
import { serveWebHost, type RunningWebHost } from '../../main/webhost/serve';

const root = join(import.meta.dirname, '../..');
const artifacts = join(root, 'test-output');

let host: RunningWebHost;
let browser: Browser;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  host = await serveWebHost({ dataHome: mkdtempSync(join(tmpdir(), 'dz-e2e-sec-')) });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await host?.close();
});

test('the real UI runs under the strict CSP without a single violation, and injected inline script is blocked', async (t) => {
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    t.skip('the UI is not built: run `npm run build` first');
    return;
  }
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(host.pageUrl);
  await page.waitForSelector('text=Duizhao', { timeout: 15_000 });
  // The page reached the API with its token: app.info answered through the web transport.
  const info = await page.evaluate(async (token) => {
    const response = await fetch('/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json', 'x-duizhao-token': token }, body: '{"params":{}}' });
    return response.json();
  }, host.token);
  assert.equal(info.result.host, 'web');
  await page.screenshot({ path: join(artifacts, 'webhost-start.png') });
  assert.deepEqual(violations, [], 'the UI itself needs nothing the policy forbids');
  await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
  assert.equal(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), undefined, 'inline script refused');
  assert.ok(violations.some((v) => /inline script/i.test(v)), 'the browser reports the refusal');
  await page.close();
});

test('a page from another origin cannot use the API, even knowing the token', async () => {
  const evil = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>evil</title>');
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  const evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
  const page = await browser.newPage();
  try {
    await page.goto(evilOrigin);
    const attempt = await page.evaluate(
      async ({ target, token }) => {
        try {
          const response = await fetch(`${target}/api/settings.update`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-duizhao-token': token },
            body: JSON.stringify({ params: { translatorName: 'attacker' } }),
          });
          return `status ${response.status}`;
        } catch (error) {
          return `blocked: ${String(error)}`;
        }
      },
      { target: host.origin, token: host.token },
    );
    assert.match(attempt, /blocked|status 403/);
    // A "simple" request (no preflight) is refused by the server too.
    const simple = await page.evaluate(async (target) => {
      try {
        await fetch(`${target}/api/settings.update`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{"params":{"translatorName":"attacker"}}' });
        return 'sent';
      } catch (error) {
        return String(error);
      }
    }, host.origin);
    assert.ok(simple);
    const settings = await host.services.settings.get();
    assert.notEqual(settings.translatorName, 'attacker', 'nothing changed');
  } finally {
    await page.close();
    await new Promise((resolve) => evil.close(resolve));
  }
});
