import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { composeServices } from '../../../main/services/compose';
import type { ApiEvent } from '../../../main/api/contract/events';
import type { PreparedDocument } from '../../../main/document/types';
import { seedPath, seedText } from './seeds';

// document.prepare through the real composition root and dispatcher, as the UI calls it.
test('document.prepare: path, uploaded bytes and pasted text; progress events; errors as { code, message }', async () => {
  const services = await composeServices({ dataHome: mkdtempSync(join(tmpdir(), 'dz-document-api-')), host: 'test', appVersion: '0.0.0-test' });
  const events: ApiEvent[] = [];
  const unsubscribe = services.onEvent((event) => events.push(event));
  try {
    const byPath = await services.dispatch('document.prepare', { source: { kind: 'path', path: seedPath('002') } }, { host: 'test', taskId: 't1' });
    assert.equal(byPath.ok, true);
    const document = (byPath as { result: PreparedDocument }).result;
    assert.equal(document.segments.length, 55);
    assert.ok(events.some((event) => event.type === 'progress' && (event as { taskId?: string }).taskId === 't1'));

    const base64 = iconv.encode(seedText('001'), 'big5').toString('base64');
    const uploaded = await services.dispatch('document.prepare', { source: { kind: 'bytes', name: '001.txt', base64 } }, { host: 'test' });
    assert.equal(uploaded.ok, true);
    const fromBytes = (uploaded as { result: PreparedDocument }).result;
    assert.equal(fromBytes.encoding?.name, 'big5');
    assert.equal(fromBytes.script, 'traditional');

    const pasted = await services.dispatch('document.prepare', { source: { kind: 'text', text: '會議強調,要實幹。' } }, { host: 'test' });
    assert.deepEqual((pasted as { result: PreparedDocument }).result.segments.map((s) => s.text), ['会议强调，要实干。']);

    const missing = await services.dispatch('document.prepare', { source: { kind: 'path', path: join(tmpdir(), 'no-such-article.txt') } }, { host: 'test' });
    assert.equal(missing.ok, false);
    assert.equal((missing as { error: { code: string } }).error.code, 'IMPORT_NOT_FOUND');
  } finally {
    unsubscribe();
    await services.dispose();
  }
});
