import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/index';
import type { CliIo } from '../../../main/cli/command';
import { ProjectFileStore } from '../../../main/project/file-store';
import { EXPORT_FORMATS } from '../../../main/export/formats';
import { seed000Project } from './helpers/sample-project';
import { WordDocument } from './helpers/word-edit';

function captureIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), env: {}, cwd };
}

async function projectOnDisk() {
  const dir = await mkdtemp(join(tmpdir(), 'dz-cli-export-'));
  const file = join(dir, 'seed.duizhao');
  await new ProjectFileStore().write(file, await seed000Project());
  return { dir, file };
}

test('duizhao export writes every format and nothing else into the folder', async () => {
  const { dir, file } = await projectOnDisk();
  for (const format of EXPORT_FORMATS) {
    const io = captureIo(dir);
    const code = await runCli(['export', 'seed.duizhao', '--format', format, '--out', `out/${format}.bin`], io);
    assert.equal(code, 0, io.stderr.join('\n'));
    assert.match(io.stdout.join(''), /^Wrote .*out\/.*\.bin/);
  }
  assert.deepEqual((await readdir(join(dir, 'out'))).sort(), EXPORT_FORMATS.map((f) => `${f}.bin`).sort(), 'no temp files left behind');
  assert.match(await readFile(join(dir, 'out', 'tmx.bin'), 'utf8'), /<tmx version="1.4">/);
  void file;
});

test('duizhao export explains bad arguments and unreadable projects', async () => {
  const { dir } = await projectOnDisk();
  let io = captureIo(dir);
  assert.equal(await runCli(['export', 'seed.duizhao', '--format', 'pdf', '--out', 'x'], io), 2);
  assert.match(io.stderr.join(''), /unknown format "pdf"/);
  io = captureIo(dir);
  assert.equal(await runCli(['export', 'missing.duizhao', '--format', 'txt', '--out', 'x.txt'], io), 1);
  assert.match(io.stderr.join(''), /does not exist/);
  io = captureIo(dir);
  assert.equal(await runCli(['export', 'seed.duizhao', '--format', 'txt', '--out', '.'], io), 1);
  assert.match(io.stderr.join(''), /is a folder/);
});

test('duizhao import-review applies a reviewed table to the project file, and refuses another project’s', async () => {
  const { dir, file } = await projectOnDisk();
  assert.equal(await runCli(['export', 'seed.duizhao', '--format', 'docx-table', '--out', 'review.docx'], captureIo(dir)), 0);
  const word = await WordDocument.open(new Uint8Array(await readFile(join(dir, 'review.docx'))));
  word.typeInto('s9', 2, 'First, we must deeply understand the great significance of the speech.');
  await writeFile(join(dir, 'review.docx'), await word.save());

  let io = captureIo(dir);
  assert.equal(await runCli(['import-review', 'seed.duizhao', 'review.docx', '--dry-run'], io), 0);
  assert.match(io.stdout.join('\n'), /#9 \(s9\) English: “” → “First, we must/);
  assert.equal((await new ProjectFileStore().read(file)).segments[8].target, '', 'dry run saves nothing');

  io = captureIo(dir);
  assert.equal(await runCli(['import-review', 'seed.duizhao', 'review.docx', '--by', 'Editor Wang'], io), 0, io.stderr.join('\n'));
  const updated = await new ProjectFileStore().read(file);
  assert.equal(updated.segments[8].target, 'First, we must deeply understand the great significance of the speech.');
  assert.equal(updated.segments[8].status, 'draft');
  assert.equal(updated.segments[8].modifiedBy, 'Editor Wang');

  // Another project's file: refused, and the project file is byte for byte as it was.
  const other = join(dir, 'other.duizhao');
  await new ProjectFileStore().write(other, { ...(await seed000Project()), id: 'proj-other' });
  const before = await readFile(other);
  io = captureIo(dir);
  assert.equal(await runCli(['import-review', 'other.duizhao', 'review.docx'], io), 1);
  assert.match(io.stderr.join(''), /belongs to another project/);
  assert.deepEqual(await readFile(other), before);
});

test('npx duizhao export and import-review run as a real process (XLIFF round trip)', async () => {
  const { dir, file } = await projectOnDisk();
  const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'duizhao.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  const exported = run('export', 'seed.duizhao', '--format', 'xliff2', '--out', 'seed.xlf');
  assert.equal(exported.status, 0, exported.stderr);
  const unchanged = run('import-review', 'seed.duizhao', 'seed.xlf');
  assert.equal(unchanged.status, 0, unchanged.stderr);
  assert.match(unchanged.stdout, /0 of 42 segment\(s\) changed; the project was not changed/);
  void file;
});
