import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../main/common/atomic-write';

test('writeFileAtomic replaces content and leaves no temp file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dz-atomic-'));
  const file = join(dir, 'a.json');
  await writeFile(file, 'old');
  await writeFileAtomic(file, 'new content');
  assert.equal(await readFile(file, 'utf8'), 'new content');
  assert.deepEqual(await readdir(dir), ['a.json']);
});

test('writeFileAtomic keeps the old file when the write fails', async (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root: directory permissions do not stop writes');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'dz-atomic-'));
  const file = join(dir, 'a.json');
  await writeFile(file, 'old');
  await chmod(dir, 0o500);
  await assert.rejects(writeFileAtomic(file, 'new'));
  await chmod(dir, 0o700);
  assert.equal(await readFile(file, 'utf8'), 'old');
});

test('a write whose rename fails leaves the old content and no temp file (works as root too)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dz-atomic-'));
  // The target is a non-empty directory: the final rename fails for every user, after the temp file was written.
  const target = join(dir, 'project.duizhao');
  await mkdir(target);
  await writeFile(join(target, 'keep.txt'), 'old');
  await assert.rejects(writeFileAtomic(target, 'new content'), /EISDIR|ENOTEMPTY|EEXIST|EPERM/);
  assert.deepEqual(await readdir(dir), ['project.duizhao'], 'no half-written temp file is left behind');
  assert.equal(await readFile(join(target, 'keep.txt'), 'utf8'), 'old');
});

test('writeFileAtomic creates missing directories', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dz-atomic-'));
  const file = join(dir, 'x', 'y', 'b.txt');
  await writeFileAtomic(file, new Uint8Array([65, 66]));
  assert.equal(await readFile(file, 'utf8'), 'AB');
});
