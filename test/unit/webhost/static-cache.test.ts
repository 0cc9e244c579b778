import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveWebHost, type RunningWebHost } from '../../../main/webhost/serve';
import { etagMatches } from '../../../main/webhost/static-files';
import { request } from './http-client';

let host: RunningWebHost;
let staticRoot: string;

before(async () => {
  staticRoot = mkdtempSync(join(tmpdir(), 'dz-ui-cache-'));
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Duizhao</title><script src="app.js"></script>');
  writeFileSync(join(staticRoot, 'app.js'), 'console.log("version one")');
  writeFileSync(join(staticRoot, 'app.css'), 'body { color: black }');
  host = await serveWebHost({ dataHome: mkdtempSync(join(tmpdir(), 'dz-home-')), staticRoot });
});
after(() => host.close());

test('static files carry a strong ETag and no-cache, and a matching If-None-Match gets 304 with no body', async () => {
  const first = await request(`${host.origin}/app.js`);
  assert.equal(first.status, 200);
  assert.equal(first.body, 'console.log("version one")');
  const etag = String(first.headers.etag);
  assert.match(etag, /^"[A-Za-z0-9_-]{16,}"$/, 'a quoted strong tag');
  assert.equal(first.headers['cache-control'], 'no-cache');

  const again = await request(`${host.origin}/app.js`);
  assert.equal(again.headers.etag, etag, 'the same content, the same tag');

  const revalidated = await request(`${host.origin}/app.js`, { headers: { 'if-none-match': etag } });
  assert.equal(revalidated.status, 304);
  assert.equal(revalidated.body, '');
  assert.equal(revalidated.headers.etag, etag);
  assert.equal(revalidated.headers['x-content-type-options'], 'nosniff');

  const inList = await request(`${host.origin}/app.js`, { headers: { 'if-none-match': `"other", ${etag}` } });
  assert.equal(inList.status, 304);
  const stale = await request(`${host.origin}/app.js`, { headers: { 'if-none-match': '"something-else"' } });
  assert.equal(stale.status, 200);
  assert.equal(stale.body, 'console.log("version one")');

  const css = await request(`${host.origin}/app.css`);
  assert.notEqual(css.headers.etag, etag, 'each file its own tag');
  assert.equal((await request(`${host.origin}/app.css`, { headers: { 'if-none-match': etag } })).status, 200, 'another file’s tag does not match');
});

test('a changed file gets a new ETag and its new content, even with the old tag in If-None-Match', async () => {
  const before = await request(`${host.origin}/app.js`);
  const oldTag = String(before.headers.etag);
  writeFileSync(join(staticRoot, 'app.js'), 'console.log("version two, longer")');
  const changed = await request(`${host.origin}/app.js`, { headers: { 'if-none-match': oldTag } });
  assert.equal(changed.status, 200);
  assert.equal(changed.body, 'console.log("version two, longer")');
  const newTag = String(changed.headers.etag);
  assert.notEqual(newTag, oldTag);
  assert.equal((await request(`${host.origin}/app.js`, { headers: { 'if-none-match': newTag } })).status, 304);

  // Same size, new mtime: still noticed.
  const size = statSync(join(staticRoot, 'app.js')).size;
  const sameSize = 'console.log("version three, same")';
  assert.equal(Buffer.byteLength(sameSize), size);
  writeFileSync(join(staticRoot, 'app.js'), sameSize);
  const later = new Date(Date.now() + 5000);
  utimesSync(join(staticRoot, 'app.js'), later, later);
  const third = await request(`${host.origin}/app.js`, { headers: { 'if-none-match': newTag } });
  assert.equal(third.status, 200);
  assert.equal(third.body, sameSize);
  assert.notEqual(third.headers.etag, newTag);
});

test('the page itself is never cached and a missing file is still a 404', async () => {
  const page = await request(host.pageUrl);
  assert.equal(page.status, 200);
  assert.equal(page.headers['cache-control'], 'no-store');
  assert.equal(page.headers.etag, undefined);
  assert.equal((await request(`${host.origin}/missing.js`, { headers: { 'if-none-match': '*' } })).status, 404);
});

test('If-None-Match parsing: lists, weak tags and *', () => {
  assert.equal(etagMatches(undefined, '"a"'), false);
  assert.equal(etagMatches('', '"a"'), false);
  assert.equal(etagMatches('"a"', '"a"'), true);
  assert.equal(etagMatches('"b" , "a"', '"a"'), true);
  assert.equal(etagMatches('W/"a"', '"a"'), true);
  assert.equal(etagMatches('*', '"a"'), true);
  assert.equal(etagMatches('"ab"', '"a"'), false);
});
