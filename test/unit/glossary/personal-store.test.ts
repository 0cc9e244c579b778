import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, readdir, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PersonalGlossaryStore, personalGlossaryPath } from '../../../glossary/store/personal-store';
import { resolveDataHome } from '../../../main/common/data-home';
import { parseEntries } from '../../../glossary/engine/serialize';

async function storeInFreshHome(clock = ['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z', '2026-01-04T00:00:00.000Z']) {
  const home = resolveDataHome({ DUIZHAO_HOME: await mkdtemp(path.join(tmpdir(), 'dz-personal-')) });
  let tick = 0;
  const store = new PersonalGlossaryStore({ file: personalGlossaryPath(home), now: () => new Date(clock[Math.min(tick++, clock.length - 1)]) });
  return { home, store };
}

test('add, edit, deprecate, delete: each written to the file under DUIZHAO_HOME with who and when', async () => {
  const { home, store } = await storeInFreshHome();
  assert.deepEqual(await store.load(), []);
  const added = await store.add({ zh: '两个确立', en: 'the Two Affirmations', sources: [{ authority: 'SCIO' }] }, 'wang');
  assert.equal(added.id, 'u.liang-ge-que-li');
  assert.deepEqual([added.createdBy, added.createdAt, added.modifiedBy, added.status], ['wang', '2026-01-01T00:00:00.000Z', 'wang', 'approved']);
  const file = path.join(home, 'glossary', 'personal.json');
  assert.equal(parseEntries(await readFile(file, 'utf8')).entries[0].en, 'the Two Affirmations');

  const edited = await store.edit(added.id, { alternates: ['Two Establishments'] }, 'li');
  assert.deepEqual([edited.createdBy, edited.modifiedBy, edited.modifiedAt, edited.alternates], ['wang', 'li', '2026-01-02T00:00:00.000Z', ['Two Establishments']]);

  const deprecated = await store.deprecate(added.id, 'li', 'superseded');
  assert.equal(deprecated.status, 'deprecated');
  assert.match(deprecated.note ?? '', /Deprecated: superseded/);
  assert.equal((await store.load())[0].status, 'deprecated');

  await store.delete(added.id);
  assert.deepEqual(await store.load(), []);
  assert.deepEqual((await readdir(path.dirname(file))).filter((f) => f.endsWith('.tmp')), [], 'no temp files left');
});

test('same term twice gets a second id; explicit duplicate ids and unknown ids are refused clearly', async () => {
  const { store } = await storeInFreshHome();
  await store.add({ zh: '深中通道', en: 'Shenzhen-Zhongshan Link' }, 'wang');
  const second = await store.add({ zh: '深中通道', en: 'Shenzhen-Zhongshan Corridor', status: 'proposed' }, 'wang');
  assert.equal(second.id, 'u.shen-zhong-tong-dao-2');
  await assert.rejects(store.add({ id: 'u.shen-zhong-tong-dao', zh: '深中通道', en: 'x' }, 'wang'), { code: 'GLOSSARY_DUPLICATE_ID' });
  await assert.rejects(store.edit('nope', { en: 'x' }, 'wang'), { code: 'GLOSSARY_NO_SUCH_ENTRY' });
  await assert.rejects(store.add({ zh: '', en: 'x' }, 'wang'), { code: 'GLOSSARY_INVALID_ENTRY' });
});

test('concurrent edits are queued, none lost', async () => {
  const { store } = await storeInFreshHome();
  await Promise.all(['甲', '乙', '丙', '丁', '戊'].map((zh, i) => store.add({ zh, en: `term ${i}` }, 'wang')));
  assert.equal((await store.load()).length, 5);
});

test('a broken personal file is reported and never overwritten', async () => {
  const { home, store } = await storeInFreshHome();
  const file = path.join(home, 'glossary', 'personal.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '[{"id": "a", "zh": "甲"');
  await assert.rejects(store.load(), { code: 'GLOSSARY_PERSONAL_INVALID' });
  await assert.rejects(store.add({ zh: '乙', en: 'B' }, 'wang'), { code: 'GLOSSARY_PERSONAL_INVALID' });
  assert.equal(await readFile(file, 'utf8'), '[{"id": "a", "zh": "甲"');
});
