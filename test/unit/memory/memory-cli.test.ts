import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/index';
import type { CliIo } from '../../../main/cli/command';
import { TranslationMemory } from '../../../main/memory/store';
import { readTmx } from '../../../main/export/tmx-import';

function captureIo(cwd: string, home: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), env: { DUIZHAO_HOME: home, DUIZHAO_TRANSLATOR: 'Chen Li' }, cwd };
}

async function homeWithPairs() {
  const dir = await mkdtemp(join(tmpdir(), 'dz-memory-cli-'));
  const home = join(dir, 'home-a');
  await TranslationMemory.inDataHome(home).addPairs([
    { zh: '中山市委召开十五届七次全会。', en: 'The 15th CPC Zhongshan Municipal Committee held its seventh plenary session.', origin: 'confirmed', createdBy: 'Chen Li', source: 'Plenary' },
    { zh: '坚持制造业当家。', en: 'We will keep manufacturing as the mainstay.', origin: 'aligned', source: 'Zhongshan Daily' },
  ]);
  return { dir, home };
}

test('duizhao memory export writes the whole memory as TMX; memory import adds it to another home, once', async () => {
  const { dir, home } = await homeWithPairs();
  let io = captureIo(dir, home);
  assert.equal(await runCli(['memory', 'export', '--out', 'out/memory.tmx'], io), 0, io.stderr.join('\n'));
  assert.match(io.stdout.join(''), /^Wrote .*out\/memory\.tmx \(TMX 1\.4b; 2 pairs\)\.$/);
  assert.deepEqual(await readdir(join(dir, 'out')), ['memory.tmx']);
  const xml = await readFile(join(dir, 'out', 'memory.tmx'), 'utf8');
  assert.equal(readTmx(xml, { source: 'zh-CN', target: 'en' }).pairs.length, 2);
  assert.match(xml, /<header [^>]*creationid="Chen Li"/);

  const other = join(dir, 'home-b');
  io = captureIo(dir, other);
  assert.equal(await runCli(['memory', 'import', 'out/memory.tmx'], io), 0, io.stderr.join('\n'));
  assert.match(io.stdout.join(''), /2 pairs added, 0 skipped .* 2 read from Duizhao\. The memory now holds 2 pairs\./);
  io = captureIo(dir, other);
  assert.equal(await runCli(['memory', 'import', 'out/memory.tmx'], io), 0);
  assert.match(io.stdout.join(''), /0 pairs added, 2 skipped/);
  io = captureIo(dir, other);
  assert.equal(await runCli(['memory', 'stats', '--json'], io), 0);
  assert.deepEqual({ ...JSON.parse(io.stdout.join('')), file: undefined }, { entries: 2, confirmed: 0, aligned: 0, imported: 2, file: undefined });
});

test('duizhao memory explains bad arguments, unreadable files and a damaged memory', async () => {
  const { dir, home } = await homeWithPairs();
  let io = captureIo(dir, home);
  assert.equal(await runCli(['memory', 'export'], io), 2);
  assert.match(io.stderr.join(''), /give the file to write with --out/);
  io = captureIo(dir, home);
  assert.equal(await runCli(['memory', 'export', '--out', 'x.tmx', '--format', 'csv'], io), 2);
  assert.match(io.stderr.join(''), /Unknown option '--format'/);
  io = captureIo(dir, home);
  assert.equal(await runCli(['memory', 'merge'], io), 2);
  assert.match(io.stderr.join(''), /unknown sub-command "merge"/);
  io = captureIo(dir, home);
  assert.equal(await runCli(['memory', 'import', 'missing.tmx'], io), 1);
  assert.match(io.stderr.join(''), /missing\.tmx/);
  await writeFile(join(dir, 'not.tmx'), '<html><body>no</body></html>');
  io = captureIo(dir, home);
  assert.equal(await runCli(['memory', 'import', 'not.tmx'], io), 1);
  assert.match(io.stderr.join(''), /not a TMX translation memory/);
  io = captureIo(dir, home);
  assert.equal(await runCli(['memory', 'export', '--out', '.'], io), 1);
  assert.match(io.stderr.join(''), /is a folder/);

  const broken = join(dir, 'broken');
  await mkdir(join(broken, 'memory'), { recursive: true });
  await writeFile(join(broken, 'memory', 'translation-memory.json'), '{"format": "duizhao-translation-memory", "entries": [');
  io = captureIo(dir, broken);
  assert.equal(await runCli(['memory', 'export', '--out', 'b.tmx'], io), 1);
  assert.match(io.stderr.join(''), /translation-memory\.json is damaged \(it is not valid JSON.*\) and was left untouched\. Restore it from a backup/);
  assert.deepEqual((await readdir(dir)).filter((f) => f === 'b.tmx'), [], 'nothing written');
});
