import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/index';
import { ProjectFileStore } from '../../../main/project/file-store';

const fixtures = join(import.meta.dirname, '../../fixtures');

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), env: { DUIZHAO_HOME: join(cwd, 'home') }, cwd }, out, err };
}

test('duizhao new FILE --out P.duizhao writes a project that opens, with every segment new', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'dz-cli-new-'));
  const run = io(cwd);
  const code = await runCli(['new', join(fixtures, '004_4ed90946d4ffdd9d.txt'), '--out', 'meizhou.duizhao'], run.io);
  assert.equal(code, 0, run.err.join('\n'));
  assert.match(run.out.join('\n'), /Created meizhou\.duizhao: .*\d+ segments/);
  assert.match(run.out.join('\n'), /traditional/);
  const project = await new ProjectFileStore().read(join(cwd, 'meizhou.duizhao'));
  assert.equal(project.source.script, 'traditional');
  assert.ok(project.segments.length > 10);
  assert.ok(project.segments.every((s) => s.status === 'new' && s.target === ''));
  assert.ok(project.segments.some((s) => s.original !== s.text), 'the original (Traditional, with pinyin) is kept');

  const again = io(cwd);
  assert.equal(await runCli(['new', join(fixtures, '004_4ed90946d4ffdd9d.txt'), '--out', 'meizhou.duizhao'], again.io), 1);
  assert.match(again.err.join('\n'), /already exists.*--force/);
  assert.equal(await runCli(['new', join(fixtures, '004_4ed90946d4ffdd9d.txt'), '--out', 'meizhou.duizhao', '--force', '--name', 'Meizhou'], io(cwd).io), 0);
  assert.equal((await new ProjectFileStore().read(join(cwd, 'meizhou.duizhao'))).name, 'Meizhou');
});

test('duizhao new: usage errors and unreadable input say what is wrong', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'dz-cli-new-'));
  const noOut = io(cwd);
  assert.equal(await runCli(['new', join(fixtures, '000_e9e6f547ac829196.txt')], noOut.io), 2);
  assert.match(noOut.err.join('\n'), /--out/);
  const badExt = io(cwd);
  assert.equal(await runCli(['new', join(fixtures, '000_e9e6f547ac829196.txt'), '--out', 'x.json'], badExt.io), 2);
  const missing = io(cwd);
  assert.equal(await runCli(['new', 'missing.txt', '--out', 'x.duizhao'], missing.io), 1);
  assert.match(missing.err.join('\n'), /does not exist/);
});

test('duizhao new --translation aligns an existing English version into draft translations', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'dz-cli-new-'));
  // Seed 000's two headlines and first body sentence, translated.
  const zh = readFileSync(join(fixtures, '000_e9e6f547ac829196.txt'), 'utf8').split('\n').slice(0, 3).join('\n');
  writeFileSync(join(cwd, 'zh.txt'), zh);
  writeFileSync(
    join(cwd, 'en.txt'),
    [
      'City cadres meeting held to convey and study the spirit of General Secretary Xi Jinping\'s important speech and instructions during his inspection of Guangdong',
      'Writing a new chapter of Zhongshan\'s high-quality development and modernization with new responsibility and new deeds',
      'On April 18, the city cadres meeting to convey and study the spirit of General Secretary Xi Jinping\'s important speech and instructions during his inspection of Guangdong was held at the city conference center.',
    ].join('\n'),
  );
  const run = io(cwd);
  const code = await runCli(['new', 'zh.txt', '--translation', 'en.txt', '--out', 'aligned.duizhao'], run.io);
  assert.equal(code, 0, run.err.join('\n'));
  assert.match(run.out.join('\n'), /Aligned with en\.txt: 3 segments have a draft translation/);
  const project = await new ProjectFileStore().read(join(cwd, 'aligned.duizhao'));
  assert.match(project.segments[2].target, /^On April 18, the city cadres meeting/);
  assert.equal(project.segments[2].status, 'draft');
  assert.equal(project.segments[2].origin, 'aligned');
  assert.equal(project.alignedPairs.length, 3);
});
