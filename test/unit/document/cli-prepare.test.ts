import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { seedPath, seedText } from './seeds';

// The real `duizhao` bin, as `npx duizhao` runs it.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repoRoot, 'bin/duizhao.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'prepare', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });

test('duizhao prepare FILE --json prints exactly script, segments and changes', () => {
  const result = run('test/fixtures/001_844698d87ed5f29c.txt', '--json');
  assert.equal(result.status, 0, result.stderr);
  const output = JSON.parse(result.stdout) as {
    script: string;
    segments: Array<Record<string, unknown>>;
    changes: Array<Record<string, unknown>>;
  };
  assert.deepEqual(Object.keys(output), ['script', 'segments', 'changes']);
  assert.equal(output.script, 'traditional');
  for (const segment of output.segments) assert.deepEqual(Object.keys(segment), ['id', 'paragraph', 'kind', 'text', 'original']);
  for (const change of output.changes) assert.deepEqual(Object.keys(change), ['step', 'count', 'examples']);
  assert.deepEqual(output.segments[0], { id: 's1', paragraph: 0, kind: 'chrome', text: '页面：', original: '頁麵:' });
  assert.ok(output.segments.some((s) => String(s.text).includes('全面') && String(s.original).includes('全麵')));
  assert.deepEqual(output.changes.map((c) => c.step), ['script', 'pinyin', 'punctuation', 'page-numbers', 'line-breaks', 'non-body']);
});

test('duizhao prepare FILE prints a readable listing and the cleanup report', () => {
  const result = run(seedPath('004'));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^004_4ed90946d4ffdd9d\.txt \(txt, utf-8, traditional script\): 8 paragraphs, 35 segments/);
  assert.match(result.stdout, /s1 {4}body {5}6月5日，中山召开市委农村工作会议/);
  assert.match(result.stdout, /original 6月5日,,中山召開市委農\(nóng\)村/);
  assert.match(result.stdout, /Cleanup: converted \d+ Traditional characters; removed 222 inline pinyin annotations; repaired \d+ punctuation marks\./);
});

test('duizhao prepare tells which encoding it guessed, and fails clearly on a bad file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-cli-prepare-'));
  const short = join(dir, 'short.txt');
  writeFileSync(short, iconv.encode('会议召开。', 'gb18030'));
  const guessed = run(short);
  assert.equal(guessed.status, 0, guessed.stderr);
  assert.match(guessed.stderr, /warning: The encoding of short\.txt was guessed as GB18030/);

  const big5 = join(dir, 'big5.txt');
  writeFileSync(big5, iconv.encode(seedText('001'), 'big5'));
  assert.match(run(big5, '--encoding', 'big5').stdout, /big5, traditional script/);

  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const failed = run(empty);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /empty\.txt is empty/);
  assert.doesNotMatch(failed.stderr, /at .*\.ts:\d+/, 'no stack trace');

  assert.equal(run().status, 2);
  assert.equal(run(big5, '--encoding', 'latin1').status, 2);
  assert.equal(run(big5, '--bogus').status, 2);
});
