import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createGlossaryService } from '../../../main/glossary-service/create';
import { StaticGlossarySource } from '../../../main/glossary-service/builtin-source';
import { createGlossaryHandlers } from '../../../main/glossary-service/handlers';
import { createDispatcher } from '../../../main/api/dispatcher';
import type { ApiHandlers } from '../../../main/api/handlers';
import { entry } from './entries';

const builtin = new StaticGlossarySource('builtin', [
  entry({ id: 'liang-ge-que-li', zh: '两个确立', en: 'the Two Affirmations', variants: [{ text: '兩個確立', type: 'traditional' }], forbidden: [{ text: 'Two Establishes' }] }),
  entry({ id: 'shen-zhong', zh: '深中通道', en: 'Shenzhen-Zhongshan Link', status: 'proposed' }),
]);

async function setup() {
  const home = await mkdtemp(path.join(tmpdir(), 'dz-gsvc-'));
  const events: string[] = [];
  const service = createGlossaryService({ dataHome: home, translator: async () => 'chen', builtin, emit: (e) => events.push(e.type === 'glossary-changed' ? e.reason : e.type) });
  const handlers = createGlossaryHandlers({ service, projectSegments: () => [{ id: 's1', text: '深刻领悟两个确立', original: '深刻領悟兩個確立', target: 'the Two Establishes' }] });
  const dispatch = createDispatcher(handlers as unknown as Omit<ApiHandlers, 'app.cancelTask'>, () => undefined);
  const call = async (method: string, params: unknown) => {
    const response = await dispatch(method, params, { host: 'test' });
    if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
    return response.result as any;
  };
  return { home, events, service, call };
}

test('API: match segments with original offsets, check, list; proposed stays proposed', async () => {
  const { call } = await setup();
  const [seg] = await call('glossary.matchSegments', { segments: [{ id: 'a', text: '“深中通道”和两个确立', original: '“深中通道”和兩個確立' }] });
  assert.deepEqual(seg.terms.map((t: any) => [t.text, t.term.entry.status, t.term.layer, t.originalStart, t.originalEnd]), [
    ['深中通道', 'proposed', 'builtin', 1, 5],
    ['两个确立', 'approved', 'builtin', 7, 11],
  ]);
  const check = await call('glossary.check', { zh: '两个确立', en: 'the two establishes' });
  assert.equal(check.missing.length, 1);
  assert.equal(check.forbidden[0].rendering, 'Two Establishes');
  const project = await call('glossary.checkProject', { handle: 'p' });
  assert.deepEqual(project.map((c: any) => c.segmentId), ['s1']);
  const list = await call('glossary.list', { text: 'shenzhen' });
  assert.deepEqual(list.entries.map((r: any) => r.entry.id), ['shen-zhong']);
  await assert.rejects(call('glossary.add', { entry: { zh: '甲' } }), { code: 'API_INVALID_PARAMS' });
});

test('API: add, edit a built-in (personal override), deprecate, delete, with events and stamps', async () => {
  const { call, events, home } = await setup();
  const added = await call('glossary.add', { entry: { zh: '制造业当家', en: 'manufacturing as the mainstay' } });
  assert.equal(added.createdBy, 'chen');
  assert.equal((await call('glossary.matchTexts', { texts: ['坚持制造业当家'] }))[0][0].term.layer, 'personal');

  const override = await call('glossary.edit', { id: 'liang-ge-que-li', patch: { alternates: ['Two Establishments'] } });
  assert.equal(override.modifiedBy, 'chen');
  const got = await call('glossary.get', { id: 'liang-ge-que-li' });
  assert.equal(got.layer, 'personal');
  assert.equal(got.overrides[0].layer, 'builtin');
  assert.match(await readFile(path.join(home, 'glossary', 'personal.json'), 'utf8'), /Two Establishments/);
  // A patch changes only the fields it names: the Traditional variant and the forbidden rendering stay.
  assert.deepEqual(got.entry.variants, [{ text: '兩個確立', type: 'traditional' }]);
  assert.deepEqual(got.entry.forbidden, [{ text: 'Two Establishes' }]);
  await call('glossary.edit', { id: 'liang-ge-que-li', patch: { note: 'checked' } });
  await call('glossary.edit', { id: 'liang-ge-que-li', patch: { note: '' } });
  assert.equal((await call('glossary.get', { id: 'liang-ge-que-li' })).entry.note, undefined, 'an empty note clears it');
  await assert.rejects(call('glossary.edit', { id: 'liang-ge-que-li', patch: { alternate: ['x'] } }), { code: 'API_INVALID_PARAMS' });

  await call('glossary.deprecate', { id: 'shen-zhong', reason: 'not verified' });
  assert.deepEqual((await call('glossary.matchTexts', { texts: ['深中通道'] }))[0], []);
  await assert.rejects(call('glossary.delete', { id: 'nope' }), { code: 'GLOSSARY_NO_SUCH_ENTRY' });
  await call('glossary.delete', { id: 'liang-ge-que-li' });
  assert.equal((await call('glossary.get', { id: 'liang-ge-que-li' })).layer, 'builtin', 'the built-in version shows again');
  await call('glossary.delete', { id: 'shen-zhong' });
  await assert.rejects(call('glossary.delete', { id: 'shen-zhong' }), { code: 'GLOSSARY_NOT_PERSONAL' });
  assert.deepEqual(events, ['added u.zhi-zao-ye-dang-jia', 'edited liang-ge-que-li', 'edited liang-ge-que-li', 'edited liang-ge-que-li', 'deprecated shen-zhong', 'deleted liang-ge-que-li', 'deleted shen-zhong']);
});

test('API: import preview then accept; a file with problems needs acceptValidPart; export writes the file', async () => {
  const { call, home } = await setup();
  const csv = 'zh,en\n甲方,Party A\n乙方,\n';
  const preview = await call('glossary.importPreview', { source: { kind: 'bytes', name: 'terms.csv', base64: Buffer.from(csv).toString('base64') } });
  assert.deepEqual([preview.format, preview.valid, preview.problems.map((p: any) => p.where)], ['csv', 1, ['row 3']]);
  assert.deepEqual((await call('glossary.list', { text: '甲方' })).entries, [], 'nothing imported by the preview');
  await assert.rejects(call('glossary.importAccept', { importId: preview.importId }), { code: 'GLOSSARY_IMPORT_HAS_PROBLEMS' });
  assert.deepEqual(await call('glossary.importAccept', { importId: preview.importId, acceptValidPart: true }), { added: 1, replaced: 0, skippedProblems: 1 });
  assert.equal((await call('glossary.list', { text: '甲方' })).entries[0].layer, 'personal');

  const out = path.join(home, 'out', 'g.tbx');
  const exported = await call('glossary.export', { format: 'tbx2', path: out });
  assert.equal(exported.entries, 3);
  assert.match(await readFile(out, 'utf8'), /<martif/);
  const personalOnly = await call('glossary.export', { format: 'json', layers: ['personal'] });
  assert.equal(JSON.parse(Buffer.from(personalOnly.base64, 'base64').toString('utf8')).length, 1);
  await assert.rejects(call('glossary.importPreview', { source: { kind: 'path', path: path.join(home, 'missing.tbx') } }), { code: 'GLOSSARY_FILE_UNREADABLE' });
});

test('a change of the personal file by another process (the CLI) is seen without a restart', async () => {
  const { service, home } = await setup();
  assert.deepEqual((await service.matchTexts(['坚持制造业当家']))[0], []);
  const { PersonalGlossaryStore, personalGlossaryPath } = await import('../../../glossary/store/personal-store');
  await new PersonalGlossaryStore({ file: personalGlossaryPath(home) }).add({ zh: '制造业当家', en: 'manufacturing as the mainstay' }, 'cli');
  assert.equal((await service.matchTexts(['坚持制造业当家']))[0][0].term.entry.createdBy, 'cli');
});
