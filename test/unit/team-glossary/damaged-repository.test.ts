import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { bareRepository, entry, makeClient, tempDir } from './fixtures';

/** Someone else's commit made with real git (a colleague editing files by hand, another tool). */
function pushWithGit(remote: string, work: string, files: Record<string, string>, message: string) {
  const git = (...args: string[]) => execFileSync('git', ['-C', work, '-c', 'user.name=Hand Editor', '-c', 'user.email=hand@example.org', ...args], { stdio: 'pipe' });
  execFileSync('git', ['clone', '--quiet', remote, work], { stdio: 'pipe' });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), text);
  }
  git('add', '-A');
  git('commit', '--quiet', '-m', message);
  git('push', '--quiet', 'origin', 'HEAD');
}

test('a repository that is not a Duizhao glossary is refused and the current glossary is kept', async () => {
  const root = tempDir('notglossary');
  const good = bareRepository(root, 'good.git');
  const other = bareRepository(root, 'website.git');
  pushWithGit(other, path.join(root, 'website'), { 'README.md': '# Our website\n' }, 'site');

  const anna = await makeClient('Anna', root);
  await anna.service.configure({ remote: good });
  await anna.service.saveEntry(entry({ id: 'kept' }));
  await assert.rejects(anna.service.configure({ remote: other }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'TEAM_NOT_A_GLOSSARY');
    assert.match(error.message, /is not a Duizhao team glossary: it has no duizhao-glossary.json/);
    return true;
  });
  const status = await anna.service.status();
  assert.equal(status.remote, good);
  assert.deepEqual((await anna.service.entries()).map((e) => e.id), ['kept']);
  assert.equal(status.unpushed, true, 'the unsynced edit is still there');
});

test('a damaged entry file pushed by someone else stops the sync with its name; nothing local changes', async () => {
  const root = tempDir('corrupt');
  const remote = bareRepository(root);
  const anna = await makeClient('Anna', root);
  await anna.service.configure({ remote });
  await anna.service.saveEntry(entry({ id: 'shen-zhong', zh: '深中通道', en: 'Shenzhen-Zhongshan Link' }));
  await anna.service.sync();

  pushWithGit(remote, path.join(root, 'hand1'), { 'entries/broken.json': '{ "id": "broken", "zh": "坏", ' }, 'half-written file');
  await assert.rejects(anna.service.sync(), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'TEAM_CORRUPT_ENTRY');
    assert.match(error.message, /damaged entry file entries\/broken\.json: not valid JSON/);
    assert.match(error.hint ?? '', /Nothing was changed in your glossary/);
    return true;
  });
  assert.deepEqual((await anna.service.entries()).map((e) => e.id), ['shen-zhong']);
  assert.equal((await anna.service.status()).state, 'error');

  // A newcomer cannot start from the damaged repository either, and is told why.
  const bo = await makeClient('Bo', root);
  await assert.rejects(bo.service.configure({ remote }), { code: 'TEAM_CORRUPT_ENTRY' });
  assert.equal((await bo.service.status()).configured, false);

  // A schema violation is named too; then a fix lets everyone sync again.
  pushWithGit(remote, path.join(root, 'hand2'), { 'entries/broken.json': JSON.stringify({ id: 'broken', zh: '坏', en: '', status: 'approved' }) }, 'empty en');
  await assert.rejects(anna.service.sync(), /entries\/broken\.json: en:/);
  pushWithGit(remote, path.join(root, 'hand3'), { 'entries/broken.json': JSON.stringify({ id: 'broken', zh: '坏', en: 'fixed', status: 'approved' }) }, 'fix');
  const report = await anna.service.sync();
  assert.equal(report.received, 1);
  assert.equal((await anna.service.status()).state, 'synced');
});
