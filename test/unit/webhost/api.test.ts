import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveWebHost, type RunningWebHost } from '../../../main/webhost/serve';
import { ProjectFileStore } from '../../../main/project/file-store';
import { createProject } from '../../../main/project/model';
import { sampleDocument } from '../project/sample-document';
import { callApi, request } from './http-client';

let host: RunningWebHost;
let dataHome: string;

before(async () => {
  dataHome = mkdtempSync(join(tmpdir(), 'dz-home-'));
  host = await serveWebHost({ dataHome, staticRoot: mkdtempSync(join(tmpdir(), 'dz-ui-')), maxBodyBytes: 64 * 1024, autosaveDelayMs: 50 });
});
after(() => host.close());

test('params are validated against the contract before any service runs', async () => {
  const invalid = await callApi(host.origin, host.token, 'project.open', { path: 42 });
  assert.equal(invalid.status, 200);
  assert.equal(invalid.json().ok, false);
  assert.equal(invalid.json().error.code, 'API_INVALID_PARAMS');
  assert.match(invalid.json().error.message, /path/);
  const unknown = await callApi(host.origin, host.token, 'project.deleteEverything', {});
  assert.equal(unknown.json().error.code, 'API_UNKNOWN_METHOD');
  const strictSettings = await callApi(host.origin, host.token, 'settings.update', { theem: 'dark' });
  assert.equal(strictSettings.json().error.code, 'API_INVALID_PARAMS');
});

test('malformed bodies and wrong content types get clear errors', async () => {
  const headers = { 'content-type': 'application/json', 'x-duizhao-token': host.token };
  const badJson = await request(`${host.origin}/api/app.info`, { method: 'POST', headers, body: '{"params":' });
  assert.equal(badJson.status, 400);
  assert.equal(badJson.json().error.code, 'API_BAD_REQUEST');
  const form = await request(`${host.origin}/api/app.info`, { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' });
  assert.equal(form.status, 415);
  const get = await request(`${host.origin}/api/app.info`, { headers });
  assert.equal(get.status, 405);
  const badName = await request(`${host.origin}/api/%E0%A4%A`, { method: 'POST', headers, body: '{}' });
  assert.equal(badName.status, 400);
});

test('a port already in use is refused with a message that says what to do', async () => {
  await assert.rejects(serveWebHost({ dataHome, staticRoot: dataHome, port: host.port }), { code: 'PORT_IN_USE' });
});

test('a body over the size limit is refused with 413 and a message saying what to do', async () => {
  const big = await callApi(host.origin, host.token, 'project.create', { source: { kind: 'bytes', name: 'big.txt', base64: 'A'.repeat(100 * 1024) } });
  assert.equal(big.status, 413);
  assert.equal(big.json().error.code, 'REQUEST_TOO_LARGE');
  assert.match(big.json().error.hint, /smaller/);
  // Chunked (no content-length): the limit still holds.
  const chunked = await new Promise<number>((resolve, reject) => {
    const req = http.request(`${host.origin}/api/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-duizhao-token': host.token } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    for (let i = 0; i < 10; i++) req.write('x'.repeat(10 * 1024));
    req.end();
  });
  assert.equal(chunked, 413);
});

test('settings and a project round trip through HTTP: open, edit, save, reopen', async () => {
  const updated = await callApi(host.origin, host.token, 'settings.update', { translatorName: 'Chen Wei' });
  assert.equal(updated.json().result.translatorName, 'Chen Wei');
  assert.equal((await callApi(host.origin, host.token, 'settings.update', { theme: 'dark' })).json().result.translatorName, 'Chen Wei', 'an update keeps the other fields');

  const file = join(mkdtempSync(join(tmpdir(), 'dz-proj-')), 'meeting.duizhao');
  await new ProjectFileStore().write(file, createProject(sampleDocument(), { id: 'p-http', now: new Date() }));
  const opened = (await callApi(host.origin, host.token, 'project.open', { path: file })).json();
  assert.equal(opened.ok, true);
  const handle = opened.result.handle;
  const segment = (await callApi(host.origin, host.token, 'project.updateSegment', { handle, segmentId: 's3', target: 'On April 18,\nthe meeting.', status: 'translated' })).json();
  assert.equal(segment.result.target, 'On April 18, the meeting.');
  assert.equal(segment.result.modifiedBy, 'Chen Wei');
  const saved = (await callApi(host.origin, host.token, 'project.save', { handle })).json();
  assert.equal(saved.result.dirty, false);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).segments[2].status, 'translated');
  assert.deepEqual((await callApi(host.origin, host.token, 'project.recent', {})).json().result, [file]);
  const failure = (await callApi(host.origin, host.token, 'project.open', { path: join(dataHome, 'missing.duizhao') })).json();
  assert.deepEqual(Object.keys(failure.error).sort(), ['code', 'hint', 'message']);
  assert.equal(failure.error.code, 'FILE_NOT_FOUND');
});

test('new projects from an uploaded file (bytes) and from pasted text go through the real pipeline', async () => {
  const seed = readFileSync(join(import.meta.dirname, '../../fixtures/000_e9e6f547ac829196.txt'));
  const uploaded = (await callApi(host.origin, host.token, 'project.create', { source: { kind: 'bytes', name: '000.txt', base64: seed.toString('base64') } })).json();
  assert.equal(uploaded.ok, true, JSON.stringify(uploaded.error));
  assert.equal(uploaded.result.project.name, '000');
  assert.ok(uploaded.result.project.segments.length > 20);
  assert.equal(uploaded.result.dirty, true);
  assert.equal(uploaded.result.path, undefined);
  const pasted = (await callApi(host.origin, host.token, 'project.create', { source: { kind: 'text', text: '郭文海指出，要坚定不移抓好落实。市长肖展欣出席会议。', name: 'Pasted' } })).json();
  assert.equal(pasted.result.project.segments.length, 2);
  assert.equal(pasted.result.project.source.format, 'paste');
  const empty = (await callApi(host.origin, host.token, 'project.create', { source: { kind: 'text', text: '   ' } })).json();
  assert.equal(empty.ok, false);
  assert.ok(empty.error.message.length > 0 && empty.error.code !== 'INTERNAL', JSON.stringify(empty.error));
});

test('the event stream delivers pushed events to a page that has the token', async () => {
  const received = new Promise<string>((resolve, reject) => {
    const req = http.get(`${host.origin}/api-events?token=${host.token}`, (res) => {
      assert.match(String(res.headers['content-type']), /text\/event-stream/);
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        if (text.includes('data: ')) {
          req.destroy();
          resolve(text);
        }
      });
    });
    req.on('error', (error) => (String(error).includes('socket hang up') ? undefined : reject(error)));
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  // A long-running call with a task id reports its end as a progress event (the UI's progress bar).
  const response = await fetch(`${host.origin}/api/project.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-duizhao-token': host.token },
    body: JSON.stringify({ params: { source: { kind: 'text', text: '测试。' } }, taskId: 't-1' }),
  });
  await response.json();
  const raw = await received;
  const event = JSON.parse(raw.slice(raw.indexOf('data: ') + 6).split('\n')[0]);
  assert.equal(event.type, 'progress');
  assert.equal(event.taskId, 't-1');
});
