import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { bareRepository, entry, makeClient, tempDir } from './fixtures';

test('two translators share a bare repository: edits merge field by field, a real conflict is kept and resolved', async () => {
  const root = tempDir('folder');
  const remote = bareRepository(root);
  const anna = await makeClient('Anna', root);
  const bo = await makeClient('Bo', root);

  const status = await anna.service.configure({ remote });
  assert.equal(status.configured, true);
  await bo.service.configure({ remote });
  // Real git sees the manifest Duizhao committed.
  assert.match(execFileSync('git', ['--git-dir', remote, 'show', 'HEAD:duizhao-glossary.json']).toString(), /duizhao-team-glossary/);

  await anna.service.saveEntry(entry({ id: 'liang-ge-que-li', zh: '两个确立', en: 'Two Establishes' }));
  const first = await anna.service.sync();
  assert.equal(first.pushed, true);
  const received = await bo.service.sync();
  assert.equal(received.received, 1);
  assert.deepEqual((await bo.service.entries()).map((e) => e.en), ['Two Establishes']);

  // Different fields of the same entry: merged silently.
  const current = (await anna.service.entries())[0];
  await anna.service.saveEntry({ ...current, note: 'Anna: capitalised in Xinhua usage' });
  await bo.service.saveEntry({ ...current, alternates: ['the Two Affirmations'] });
  await anna.service.sync();
  const merged = await bo.service.sync();
  assert.equal(merged.newConflicts, 0);
  await anna.service.sync();
  const [a] = await anna.service.entries();
  const [b] = await bo.service.entries();
  assert.equal(a.note, 'Anna: capitalised in Xinhua usage');
  assert.deepEqual(a.alternates, ['the Two Affirmations']);
  assert.deepEqual(a, b);

  // Same field on both sides: a conflict with both values, who and when.
  await anna.service.saveEntry({ ...a, en: 'the Two Establishes' });
  await bo.service.saveEntry({ ...b, en: 'Two Affirmations' });
  await anna.service.sync();
  const clash = await bo.service.sync();
  assert.equal(clash.newConflicts, 1);
  const [conflict] = await bo.service.conflicts();
  assert.equal(conflict.field, 'en');
  assert.equal(conflict.mine.value, 'Two Affirmations');
  assert.equal(conflict.mine.by, 'Bo');
  assert.equal(conflict.theirs.value, 'the Two Establishes');
  assert.equal(conflict.theirs.by, 'Anna');
  assert.ok(conflict.theirs.at && conflict.mine.at);

  // Conflicts survive a restart of the app (a new service on the same data home).
  const boAgain = await makeClient('Bo', root);
  assert.equal((await boAgain.service.conflicts()).length, 1);

  const resolved = await boAgain.service.resolve(conflict.id, 'mine');
  assert.equal(resolved.sync.pushed, true);
  assert.equal((await boAgain.service.conflicts()).length, 0);
  await anna.service.sync();
  assert.equal((await anna.service.entries())[0].en, 'Two Affirmations');

  // History: who changed what and when, field by field; revert to an earlier version.
  const history = await anna.service.history('liang-ge-que-li');
  assert.ok(history.length >= 4, `history has ${history.length} versions`);
  assert.equal(history[history.length - 1].change, 'added');
  const enChanges = history.filter((version) => version.fields.some((f) => f.field === 'en'));
  assert.ok(enChanges.some((version) => version.author === 'Bo'));
  const added = history[history.length - 1];
  await anna.service.revert('liang-ge-que-li', added.commit);
  await anna.service.sync();
  await boAgain.service.sync();
  const reverted = (await boAgain.service.entries())[0];
  assert.equal(reverted.en, 'Two Establishes');
  assert.equal(reverted.note, undefined);
});
