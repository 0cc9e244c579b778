import { test } from 'node:test';
import { TranslationMemory } from '../../../main/memory/store';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices, type ComposedServices } from '../../../main/services/compose';
import type { ApiEvent } from '../../../main/api/contract/events';
import type { MemoryTmxExport } from '../../../main/api/contract/memory';
import type { OpenProject } from '../../../main/api/contract/project';
import type { FuzzyMatch, MemoryEntry } from '../../../main/memory/types';
import { readTmx } from '../../../main/export/tmx-import';
import { checkXml } from '../export/helpers/xml-rules';
import { TMX14_RULES } from '../export/helpers/tmx-dtd-rules';

/**
 * Confirmed segments feed the translation memory, and the memory goes out as TMX: through the composed
 * services and the dispatcher, as the app and the web host call them, on real files under a temp data home.
 */
const ARTICLE = [
  '中山市委召开十五届七次全会。',
  '会议听取和讨论了市委常委会工作报告。',
  '坚持制造业当家，推进百千万工程。',
].join('\n');

async function start(dataHome?: string) {
  const root = await mkdtemp(join(tmpdir(), 'dz-memory-api-'));
  const home = dataHome ?? join(root, 'home');
  const services = await composeServices({ dataHome: home, host: 'test', appVersion: '9.9.9', autosaveDelayMs: 50 });
  const events: ApiEvent[] = [];
  services.onEvent((event) => events.push(event));
  return { root, home, services, events };
}

async function call<T>(services: ComposedServices, method: string, params: unknown): Promise<T> {
  const response = await services.dispatch(method, params, { host: 'test' });
  assert.ok(response.ok, `${method}: ${JSON.stringify(response)}`);
  return response.result as T;
}

async function openArticle(services: ComposedServices, translator = 'Chen Li'): Promise<OpenProject> {
  await call(services, 'settings.update', { translatorName: translator });
  return call<OpenProject>(services, 'project.create', { source: { kind: 'text', text: ARTICLE, name: '全会' }, name: 'Plenary' });
}

/** Resolves at the next `memory-changed` event (the feed writes after the edit returns). */
function memoryChanged(services: ComposedServices): Promise<ApiEvent> {
  return new Promise((resolve) => {
    const off = services.onEvent((event) => {
      if (event.type === 'memory-changed' || event.type === 'memory-error') {
        off();
        resolve(event);
      }
    });
  });
}

test('confirming a segment (Ctrl+Enter → project.updateSegment translated) adds its pair, with translator and date', async (t) => {
  const { services } = await start();
  t.after(() => services.dispose());
  const open = await openArticle(services);
  const [first, second] = open.project.segments;

  // Typing (a draft) does not feed the memory.
  await call(services, 'project.updateSegment', { handle: open.handle, segmentId: first.id, target: 'The 15th CPC Zhongshan Municipal Committee held its seventh plenary' });
  assert.equal((await call<{ entries: number }>(services, 'memory.stats', {})).entries, 0);

  const changed = memoryChanged(services);
  const segment = await call<{ modifiedAt: string; status: string }>(services, 'project.updateSegment', {
    handle: open.handle,
    segmentId: first.id,
    target: 'The 15th CPC Zhongshan Municipal Committee held its seventh plenary session.',
    status: 'translated',
  });
  assert.equal(segment.status, 'translated');
  assert.deepEqual(await changed, { type: 'memory-changed', added: 1, updated: 0, entries: 1 });

  const matches = await call<FuzzyMatch[]>(services, 'memory.lookup', { text: '中山市委召开十五届八次全会。' });
  assert.equal(matches.length, 1);
  const { entry, score, diff } = matches[0]!;
  assert.equal(entry.en, 'The 15th CPC Zhongshan Municipal Committee held its seventh plenary session.');
  assert.equal(entry.origin, 'confirmed');
  assert.equal(entry.createdBy, 'Chen Li');
  assert.equal(entry.createdAt, segment.modifiedAt, 'dated when the segment was confirmed');
  assert.equal(entry.source, 'Plenary');
  assert.equal(entry.segment, `${open.project.id}:${first.id}`);
  assert.ok(score > 0.9 && score < 1);
  assert.deepEqual(diff.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`).sort(), ['memory-only:七', 'query-only:八']);

  // Marking it reviewed with the same English changes nothing; the second segment reviewed straight away is added.
  await call(services, 'project.updateSegment', { handle: open.handle, segmentId: first.id, status: 'reviewed' });
  const again = memoryChanged(services);
  await call(services, 'project.updateSegment', { handle: open.handle, segmentId: second.id, target: 'The meeting heard and discussed the work report of the Standing Committee.', status: 'reviewed' });
  assert.deepEqual(await again, { type: 'memory-changed', added: 1, updated: 0, entries: 2 });

  // On disk, under the data home: a new host on the same home sees both pairs.
  const stats = await call<{ entries: number; file: string }>(services, 'memory.stats', {});
  assert.equal(stats.entries, 2);
  const reopened = new TranslationMemory(stats.file);
  assert.deepEqual((await reopened.allPairs()).map((e) => e.zh), [first.text, second.text]);
  // The first pair wrote the memory file; the second was appended to its journal.
  const onDisk = JSON.parse(await readFile(stats.file, 'utf8')) as { entries: MemoryEntry[] };
  assert.deepEqual(onDisk.entries.map((e) => e.zh), [first.text]);
  const journal = (await readFile(reopened.journal, 'utf8')).trimEnd().split('\n');
  assert.deepEqual(journal.map((line) => (JSON.parse(line) as { put: MemoryEntry }).put.zh), [second.text]);
});

test('a corrected translation confirmed again replaces the segment’s pair; the published (aligned) English is kept beside it', async (t) => {
  const { services } = await start();
  t.after(() => services.dispose());
  const open = await openArticle(services);
  const segment = open.project.segments[2]!;
  await call(services, 'memory.add', { pairs: [{ zh: segment.text, en: 'We will keep manufacturing as the mainstay and advance the 100-1000-10000 Project.' }], origin: 'aligned', source: 'Zhongshan Daily' });

  let changed = memoryChanged(services);
  await call(services, 'project.updateSegment', { handle: open.handle, segmentId: segment.id, target: 'Manufacturing first, and the Hundred-Thousand-Ten-Thousand Project.', status: 'translated' });
  await changed;
  await call(services, 'settings.update', { translatorName: 'Wang Fang' });
  changed = memoryChanged(services);
  await call(services, 'project.updateSegment', { handle: open.handle, segmentId: segment.id, target: 'We will put manufacturing first and advance the High-Quality Development Project.' });
  await call(services, 'project.updateSegment', { handle: open.handle, segmentId: segment.id, status: 'translated' });
  assert.deepEqual(await changed, { type: 'memory-changed', added: 0, updated: 1, entries: 2 });

  const matches = await call<FuzzyMatch[]>(services, 'memory.lookup', { text: segment.text });
  assert.equal(matches.length, 2, 'the aligned pair and the translator’s latest; the superseded draft is gone');
  const confirmed = matches.find((m) => m.entry.origin === 'confirmed')!.entry;
  assert.equal(confirmed.en, 'We will put manufacturing first and advance the High-Quality Development Project.');
  assert.equal(confirmed.createdBy, 'Chen Li');
  assert.equal(confirmed.changedBy, 'Wang Fang');
  assert.ok(confirmed.changedAt && confirmed.changedAt >= confirmed.createdAt);
  assert.equal(matches[0]!.entry.origin, 'confirmed', 'equal scores: the most recently changed first');

  // Confirming the published English for the segment: it is already stored, so the segment's own pair goes.
  changed = memoryChanged(services);
  await call(services, 'project.updateSegment', { handle: open.handle, segmentId: segment.id, target: 'We will keep manufacturing as the mainstay and advance the 100-1000-10000 Project.', status: 'translated' });
  assert.deepEqual(await changed, { type: 'memory-changed', added: 0, updated: 1, entries: 1 });
});

test('a damaged memory file never blocks confirming: the segment is saved, the problem reported, the file untouched', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'dz-memory-api-'));
  const home = join(root, 'home');
  const file = join(home, 'memory', 'translation-memory.json');
  await mkdir(join(home, 'memory'), { recursive: true });
  const damaged = '{"format":"duizhao-translation-memory","version":1,"entries":[{"id":"a","zh":"市委","en":"x","origin":"confirmed"}]}';
  await writeFile(file, damaged);
  const { services } = await start(home);
  t.after(() => services.dispose());
  const open = await openArticle(services);
  const reported = memoryChanged(services);
  const segment = await call<{ status: string }>(services, 'project.updateSegment', { handle: open.handle, segmentId: open.project.segments[0]!.id, target: 'The plenary session.', status: 'translated' });
  assert.equal(segment.status, 'translated');
  const event = await reported;
  assert.equal(event.type, 'memory-error');
  assert.ok(event.type === 'memory-error' && /translation-memory\.json is damaged \(entry 1 \("市委"\) has a bad createdAt/.test(event.message), JSON.stringify(event));
  assert.equal(await readFile(file, 'utf8'), damaged);
  const lookup = await services.dispatch('memory.lookup', { text: '市委' }, { host: 'test' });
  assert.equal(!lookup.ok && lookup.error.code, 'MEMORY_CORRUPT');
});

test('memory.exportTmx writes the whole memory as TMX 1.4b, atomically; another home imports it back', async (t) => {
  const { root, services } = await start();
  t.after(() => services.dispose());
  const open = await openArticle(services);
  const changed = memoryChanged(services);
  await call(services, 'project.updateSegment', { handle: open.handle, segmentId: open.project.segments[0]!.id, target: 'The plenary session & “its” <report>.', status: 'translated' });
  await changed;
  await call(services, 'memory.add', { pairs: [{ zh: '坚持制造业当家。', en: 'We will keep manufacturing as the mainstay.' }], origin: 'aligned', source: 'Zhongshan Daily' });

  const out = join(root, 'exports', 'memory.tmx');
  const response = await services.dispatch('memory.exportTmx', { path: out }, { host: 'test', taskId: 'tm-export' });
  assert.ok(response.ok, JSON.stringify(response));
  const result = response.result as MemoryTmxExport;
  assert.equal(result.path, out);
  assert.equal(result.entries, 2);
  assert.match(result.fileName, /^translation-memory-\d{4}-\d{2}-\d{2}\.tmx$/);
  assert.deepEqual(await readdir(join(root, 'exports')), ['memory.tmx'], 'no temp file left');
  const xml = await readFile(out, 'utf8');
  assert.equal(Buffer.byteLength(xml), result.size);
  assert.deepEqual(checkXml(xml, 'tmx', TMX14_RULES), []);
  const lint = spawnSync('xmllint', ['--noout', '--nonet', out], { encoding: 'utf8' });
  if (!lint.error) assert.equal(lint.status, 0, lint.stderr);
  assert.match(xml, /creationtoolversion="9\.9\.9"/);
  assert.match(xml, /creationid="Chen Li"/);
  const reading = readTmx(xml, { source: 'zh-CN', target: 'en' });
  assert.deepEqual(
    reading.pairs.map((p) => [p.source, p.target, p.props['x-origin'], p.props['x-source'], p.createdBy]),
    [
      ['中山市委召开十五届七次全会。', 'The plenary session & “its” <report>.', 'confirmed', 'Plenary', 'Chen Li'],
      ['坚持制造业当家。', 'We will keep manufacturing as the mainstay.', 'aligned', 'Zhongshan Daily', 'Chen Li'],
    ],
  );

  // Without a path (the web host): the same file as bytes for a download.
  const bytes = await call<MemoryTmxExport>(services, 'memory.exportTmx', {});
  assert.equal(bytes.path, undefined);
  assert.equal(readTmx(Buffer.from(bytes.base64!, 'base64').toString('utf8'), { source: 'zh', target: 'en' }).pairs.length, 2);

  // A second translator's home imports the file and finds the same matches.
  const other = await start();
  t.after(() => other.services.dispose());
  const imported = await call<{ added: number }>(other.services, 'export.importTmx', { source: { kind: 'path', path: out } });
  assert.equal(imported.added, 2);
  const matches = await call<FuzzyMatch[]>(other.services, 'memory.lookup', { text: '坚持制造业当家！' });
  assert.equal(matches[0]?.entry.en, 'We will keep manufacturing as the mainstay.');
  assert.equal(matches[0]?.entry.origin, 'imported');

  // The dispatcher validates: an empty path is refused before the service sees it; a folder is refused by it.
  const empty = await services.dispatch('memory.exportTmx', { path: '' }, { host: 'test' });
  assert.equal(!empty.ok && empty.error.code, 'API_INVALID_PARAMS');
  const folder = await services.dispatch('memory.exportTmx', { path: root }, { host: 'test' });
  assert.equal(!folder.ok && folder.error.code, 'EXPORT_PATH_IS_FOLDER');
});
