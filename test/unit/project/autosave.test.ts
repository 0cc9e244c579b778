import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSessions, sleep, task } from './sessions-fixture';

const source = { kind: 'text' as const, text: 'unused: the fixture pipeline returns seed 000' };

function autosaveFiles(dataHome: string): string[] {
  const dir = join(dataHome, 'autosave');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.autosave')).map((n) => join(dir, n)) : [];
}

test('an edit is autosaved within the delay, and steady typing does not postpone it', async () => {
  const { sessions, dataHome } = makeSessions(undefined, 100);
  const open = await sessions.create({ source }, task);
  await sleep(250);
  const [file] = autosaveFiles(dataHome);
  assert.ok(file, 'a new, never-saved project is autosaved under the data home');

  // Type a character every 20 ms for 600 ms: with a plain debounce nothing would be written until the end.
  const started = Date.now();
  let seenWhileTyping = '';
  for (let i = 1; Date.now() - started < 600; i++) {
    await sessions.updateSegment(open.handle, 's3', { target: 'On April 18'.padEnd(11 + i, '.') });
    await sleep(20);
    const text = readFileSync(file, 'utf8');
    if (text.includes('On April 18.')) seenWhileTyping = text;
  }
  assert.ok(seenWhileTyping, 'the autosave caught up while typing went on');
  await sessions.updateSegment(open.handle, 's3', { target: 'On April 18, the final text.' });
  const editedAt = Date.now();
  while (!readFileSync(file, 'utf8').includes('the final text') && Date.now() - editedAt < 2000) await sleep(10);
  const delay = Date.now() - editedAt;
  assert.ok(delay < 400, `autosaved ${delay} ms after the edit (delay 100 ms, promise < 2 s)`);
  await sessions.dispose();
});

test('saving removes the autosave; later edits autosave beside the project file, which stays untouched', async () => {
  const { sessions, dataHome } = makeSessions();
  const open = await sessions.create({ source }, task);
  await sessions.updateSegment(open.handle, 's3', { target: 'Saved text.', status: 'translated' });
  const file = join(mkdtempSync(join(tmpdir(), 'dz-save-')), 'meeting.duizhao');
  const saved = await sessions.save(open.handle, file);
  assert.equal(saved.dirty, false);
  assert.equal(saved.path, file);
  assert.deepEqual(autosaveFiles(dataHome), [], 'the unsaved-project autosave is gone');
  const savedBytes = readFileSync(file, 'utf8');

  await sessions.updateSegment(open.handle, 's4', { target: 'Draft after save.' });
  assert.equal(sessions.get(open.handle).dirty, true);
  await sleep(250);
  assert.ok(existsSync(`${file}.autosave`), 'sidecar autosave written');
  assert.equal(readFileSync(file, 'utf8'), savedBytes, 'autosave never touches the project file');

  await sessions.save(open.handle);
  assert.equal(existsSync(`${file}.autosave`), false, 'save clears the sidecar');
  assert.match(readFileSync(file, 'utf8'), /Draft after save/);
  await sessions.dispose();
});

test('reopening after unsaved edits restores them from the autosave and says so', async () => {
  const first = makeSessions();
  const open = await first.sessions.create({ source }, task);
  const file = join(mkdtempSync(join(tmpdir(), 'dz-save-')), 'meeting.duizhao');
  await first.sessions.save(open.handle, file);
  await first.sessions.updateSegment(open.handle, 's3', { target: 'Confirmed.', status: 'translated' });
  await first.sessions.updateSegment(open.handle, 's4', { target: 'Half-typed dr' });
  await sleep(250);
  // No save, no close: as after a crash. A fresh service over the same data home opens the file.
  const second = makeSessions(first.dataHome);
  const reopened = await second.sessions.open(file);
  assert.equal(reopened.recoveredFromAutosave, true);
  assert.equal(reopened.dirty, true);
  const byId = new Map(reopened.project.segments.map((s) => [s.id, s]));
  assert.equal(byId.get('s3')?.status, 'translated');
  assert.equal(byId.get('s3')?.target, 'Confirmed.');
  assert.equal(byId.get('s4')?.target, 'Half-typed dr');
  assert.equal(byId.get('s4')?.status, 'draft');
  await first.sessions.dispose();
  await second.sessions.dispose();
});

test('an unsaved project left by a crash is listed as recoverable and can be recovered; discarding removes it', async () => {
  const first = makeSessions();
  const open = await first.sessions.create({ source, name: 'Plenary session' }, task);
  await first.sessions.updateSegment(open.handle, 's1', { target: 'Headline.', status: 'translated' });
  await sleep(250);
  const second = makeSessions(first.dataHome);
  const recoverable = await second.sessions.recoverable();
  assert.deepEqual(recoverable.map((r) => r.name), ['Plenary session']);
  const recovered = await second.sessions.recover(recoverable[0].id);
  assert.equal(recovered.recoveredFromAutosave, true);
  assert.equal(recovered.path, undefined);
  assert.equal(recovered.project.segments[0].target, 'Headline.');
  assert.deepEqual(await second.sessions.recoverable(), [], 'an open project is not offered again');
  await second.sessions.close(recovered.handle, { discardChanges: true });
  assert.deepEqual(await makeSessions(first.dataHome).sessions.recoverable(), []);
  await first.sessions.close(open.handle, { discardChanges: true });
});

test('closing with unsaved edits keeps them in the autosave; a never-saved project saved without a path goes to the data home', async () => {
  const { sessions, dataHome } = makeSessions(undefined, 5000);
  const open = await sessions.create({ source, name: '中山 全会: 2026/1' }, task);
  await sessions.updateSegment(open.handle, 's2', { target: 'Kept on close.' });
  await sessions.close(open.handle);
  const [autosave] = autosaveFiles(dataHome);
  assert.match(readFileSync(autosave, 'utf8'), /Kept on close/);

  const recovered = await sessions.recover((await sessions.recoverable())[0].id);
  const saved = await sessions.save(recovered.handle);
  assert.equal(saved.path, join(dataHome, 'projects', '中山 全会_ 2026_1.duizhao'));
  assert.ok(statSync(saved.path!).isFile());
  assert.deepEqual(autosaveFiles(dataHome), []);
  assert.deepEqual(await sessions.recent(), [saved.path]);
  await assert.rejects(sessions.updateSegment('no-such-handle', 's1', { target: 'x' }), { code: 'PROJECT_NOT_OPEN' });
  await sessions.dispose();
});
