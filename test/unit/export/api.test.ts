import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '../../../main/services/compose';
import type { ApiEvent } from '../../../main/api/contract/events';
import { ProjectFileStore } from '../../../main/project/file-store';
import { largeProject, seed000Project } from './helpers/sample-project';
import { WordDocument } from './helpers/word-edit';

async function setup(project = seed000Project()) {
  const root = await mkdtemp(join(tmpdir(), 'dz-export-api-'));
  const services = await composeServices({ dataHome: join(root, 'home'), host: 'test', appVersion: '9.9.9', autosaveDelayMs: 50 });
  const file = join(root, 'p.duizhao');
  await new ProjectFileStore().write(file, await project);
  const opened = await services.dispatch('project.open', { path: file }, { host: 'test' });
  assert.ok(opened.ok, JSON.stringify(opened));
  const handle = (opened.result as { handle: string }).handle;
  const events: ApiEvent[] = [];
  services.onEvent((e) => events.push(e));
  return { root, services, handle, events };
}

test('export.toFile writes the file atomically and reports progress', async (t) => {
  const { root, services, handle, events } = await setup();
  t.after(() => services.dispose());
  const out = join(root, 'exports', 'review.docx');
  const response = await services.dispatch('export.toFile', { handle, format: 'docx-table', path: out, landscape: true }, { host: 'test', taskId: 'task-1' });
  assert.ok(response.ok, JSON.stringify(response));
  const result = response.result as { path: string; size: number; segments: number; untranslated: number };
  assert.equal(result.path, out);
  assert.equal(result.segments, 42);
  assert.equal((await readFile(out)).length, result.size);
  assert.deepEqual(await readdir(join(root, 'exports')), ['review.docx']);
  const progress = events.flatMap((e) => (e.type === 'progress' && e.taskId === 'task-1' ? [e] : []));
  assert.ok(progress.length >= 2);
  assert.equal(progress.at(-1)?.finished, true);
});

test('export.toBytes returns the file for the web host to download; formats lists every format', async (t) => {
  const { services, handle } = await setup();
  t.after(() => services.dispose());
  const response = await services.dispatch('export.toBytes', { handle, format: 'tmx' }, { host: 'test' });
  assert.ok(response.ok);
  const result = response.result as { base64: string; fileName: string; mimeType: string };
  assert.match(Buffer.from(result.base64, 'base64').toString('utf8'), /creationtoolversion="9.9.9"/);
  assert.equal(result.fileName, '中山全市干部大会 (seed 000).tmx');
  const formats = await services.dispatch('export.formats', {}, { host: 'test' });
  assert.ok(formats.ok && (formats.result as unknown[]).length === 9);
  const bad = await services.dispatch('export.toBytes', { handle, format: 'pdf' }, { host: 'test' });
  assert.equal(bad.ok, false);
});

test('export.importReview (uploaded bytes) previews, then applies the edits to the open project', async (t) => {
  const { services, handle } = await setup();
  t.after(() => services.dispose());
  const exported = await services.dispatch('export.toBytes', { handle, format: 'docx-table' }, { host: 'test' });
  assert.ok(exported.ok);
  const word = await WordDocument.open(new Uint8Array(Buffer.from((exported.result as { base64: string }).base64, 'base64')));
  word.typeInto('s4', 2, 'On April 18, Zhongshan held a city-wide cadre meeting.');
  word.typeInto('s6', 4, 'Shorter, please.');
  const source = { kind: 'bytes' as const, name: 'review.docx', base64: Buffer.from(await word.save()).toString('base64') };

  const preview = await services.dispatch('export.importReview', { handle, source, dryRun: true }, { host: 'test' });
  assert.ok(preview.ok, JSON.stringify(preview));
  assert.equal((preview.result as { applied: boolean; changes: unknown[] }).changes.length, 2);
  let project = await services.dispatch('project.get', { handle }, { host: 'test' });
  assert.ok(project.ok);
  const before = (project.result as { project: { segments: Array<{ target: string; comment?: string; status: string }> } }).project;
  assert.notEqual(before.segments[3].target, 'On April 18, Zhongshan held a city-wide cadre meeting.');

  const applied = await services.dispatch('export.importReview', { handle, source }, { host: 'test' });
  assert.ok(applied.ok, JSON.stringify(applied));
  assert.equal((applied.result as { applied: boolean }).applied, true);
  project = await services.dispatch('project.get', { handle }, { host: 'test' });
  assert.ok(project.ok);
  const after = (project.result as { dirty: boolean; project: typeof before }).project;
  assert.equal(after.segments[3].target, 'On April 18, Zhongshan held a city-wide cadre meeting.');
  assert.equal(after.segments[3].status, 'translated', 'a confirmed segment edited by the reviewer stays confirmed');
  assert.equal(after.segments[5].comment, 'Shorter, please.');
  assert.equal(after.segments.filter((s, i) => JSON.stringify(s) !== JSON.stringify(before.segments[i])).length, 2);
});

test('a cancelled export stops and leaves no file', async (t) => {
  const { root, services, handle } = await setup(largeProject(2000));
  t.after(() => services.dispose());
  const out = join(root, 'big.docx');
  const running = services.dispatch('export.toFile', { handle, format: 'docx-table', path: out }, { host: 'test', taskId: 'big' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await services.dispatch('app.cancelTask', { taskId: 'big' }, { host: 'test' });
  const response = await running;
  assert.deepEqual(response, { ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } });
  assert.deepEqual(await readdir(root), ['home', 'p.duizhao']);
});

test('export.importTmx feeds the translation memory; importing the same TMX again adds nothing', async (t) => {
  const { services, handle } = await setup();
  t.after(() => services.dispose());
  const tmx = await services.dispatch('export.toBytes', { handle, format: 'tmx' }, { host: 'test' });
  assert.ok(tmx.ok);
  const source = { kind: 'bytes' as const, name: 'seed.tmx', base64: (tmx.result as { base64: string }).base64 };
  const first = await services.dispatch('export.importTmx', { source }, { host: 'test', taskId: 'tmx' });
  assert.deepEqual(first, { ok: true, result: { pairsRead: 6, added: 6, skipped: 0, creationTool: 'Duizhao' } });
  const stats = await services.dispatch('memory.stats', {}, { host: 'test' });
  assert.equal(stats.ok && (stats.result as { entries: number }).entries, 6);
  const again = await services.dispatch('export.importTmx', { source }, { host: 'test' });
  assert.deepEqual(again, { ok: true, result: { pairsRead: 6, added: 0, skipped: 6, creationTool: 'Duizhao' } });
  const broken = await services.dispatch('export.importTmx', { source: { kind: 'bytes', name: 'x.tmx', base64: Buffer.from('<tmx').toString('base64') } }, { host: 'test' });
  assert.equal(!broken.ok && broken.error.code, 'TMX_UNREADABLE');
});
