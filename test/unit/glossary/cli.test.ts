import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = path.join(repoRoot, 'bin/duizhao.js');
const fixture = (prefix: string) => path.join(repoRoot, 'test/fixtures', readdirSync(path.join(repoRoot, 'test/fixtures')).find((f) => f.startsWith(prefix))!);

function duizhao(home: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: home, env: { ...process.env, DUIZHAO_HOME: home, DUIZHAO_TRANSLATOR: 'cli-tester' }, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('glossary match FILE --json: per segment, terms with cleaned-text offsets and renderings', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'dz-cli-'));
  const { code, out, err } = duizhao(home, 'glossary', 'match', fixture('004'), '--json');
  assert.equal(code, 0, err);
  const segments = JSON.parse(out) as Array<{ segment: string; text: string; terms: Array<Record<string, any>> }>;
  assert.ok(segments.length > 10);
  const first = segments[0];
  assert.equal(first.segment, 's1');
  const term = first.terms.find((t) => t.zh === '百县千镇万村高质量发展工程')!;
  assert.ok(term, JSON.stringify(first.terms.map((t) => t.text)));
  assert.deepEqual(Object.keys(term).slice(0, 12), ['text', 'start', 'end', 'originalStart', 'originalEnd', 'id', 'zh', 'en', 'alternates', 'forbidden', 'status', 'source']);
  assert.equal(first.text.slice(term.start, term.end), term.text);
  for (const s of segments) for (const t of s.terms) assert.equal(s.text.slice(t.start, t.end), t.text);
  assert.ok(segments.flatMap((s) => s.terms).some((t) => t.status === 'proposed'), 'proposed terms are shown as proposed');
});

test('glossary add, list, edit, deprecate, delete through the real bin, under DUIZHAO_HOME', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'dz-cli-'));
  const added = duizhao(home, 'glossary', 'add', '--zh', '强镇兴村', '--en', 'strengthening towns and revitalizing villages', '--alt', 'strong towns, prosperous villages', '--forbidden', 'strong town rising village', '--source', 'Zhongshan Daily:2024-06-05', '--variant', '強鎮興村:traditional');
  assert.equal(added.code, 0, added.err);
  assert.match(added.out, /Added u\.qiang-zhen-xing-cun/);
  const file = JSON.parse(readFileSync(path.join(home, 'glossary', 'personal.json'), 'utf8'));
  assert.equal(file[0].createdBy, 'cli-tester');
  assert.deepEqual(file[0].variants, [{ text: '強鎮興村', type: 'traditional' }]);
  assert.deepEqual(file[0].sources, [{ authority: 'Zhongshan Daily', reference: '2024-06-05' }]);

  const listed = duizhao(home, 'glossary', 'list', '强镇兴村');
  assert.match(listed.out, /^u\.qiang-zhen-xing-cun\t强镇兴村\tstrengthening towns/m);
  assert.match(listed.out, /\[personal\]/);

  const match = duizhao(home, 'glossary', 'check', '锚定强镇兴村目标', 'targets for strong town rising village');
  assert.equal(match.code, 1);
  assert.match(match.out, /forbidden 强镇兴村: "strong town rising village"/);

  assert.equal(duizhao(home, 'glossary', 'edit', 'u.qiang-zhen-xing-cun', '--en', 'stronger towns and villages').code, 0);
  assert.equal(duizhao(home, 'glossary', 'deprecate', 'u.qiang-zhen-xing-cun', '--reason', 'test').code, 0);
  const afterEdits = JSON.parse(readFileSync(path.join(home, 'glossary', 'personal.json'), 'utf8'))[0];
  assert.deepEqual([afterEdits.en, afterEdits.status, afterEdits.note], ['stronger towns and villages', 'deprecated', 'Deprecated: test']);
  assert.equal(duizhao(home, 'glossary', 'delete', 'u.qiang-zhen-xing-cun').code, 0);
  const missing = duizhao(home, 'glossary', 'delete', 'u.qiang-zhen-xing-cun');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /No glossary entry has the id/);
  assert.equal(duizhao(home, 'glossary', 'add', '--zh', '甲').code, 2, 'usage error without --en');
});

test('glossary check: a forbidden rendering is reported with the preferred English to use instead, even beside an accepted one', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'dz-cli-'));
  // The accepted rendering is there too, so the term is not "missing": the advice must still be English.
  const zh = '深中通道通车。';
  const en = 'The Shenzhen-Zhongshan Link, once called the Shenzhen-Zhongshan Channel, opened.';
  const text = duizhao(home, 'glossary', 'check', zh, en);
  assert.equal(text.code, 1, text.err);
  assert.match(text.out, /forbidden 深中通道: "Shenzhen-Zhongshan Channel" is a known wrong rendering.*; use "Shenzhen-Zhongshan Link"$/m);
  assert.doesNotMatch(text.out, /use "深中通道"/);
  const json = duizhao(home, 'glossary', 'check', zh, en, '--json');
  const result = JSON.parse(json.out) as { ok: boolean; forbidden: Array<{ rendering: string; preferred: string }> };
  assert.equal(result.ok, false);
  assert.deepEqual(result.forbidden.map((f) => [f.rendering, f.preferred]), [['Shenzhen-Zhongshan Channel', 'Shenzhen-Zhongshan Link']]);
});

test('glossary import refuses a file with problems unless --accept-valid; export writes every format', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'dz-cli-'));
  const tsv = path.join(home, 'glossary.txt');
  writeFileSync(tsv, '深中通道\tShenzhen-Zhongshan Link\tbridge-tunnel\nbroken line without tab\n');
  const refused = duizhao(home, 'glossary', 'import', tsv);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /glossary\.txt: line 2: expected source term, a tab/);
  assert.match(refused.err, /Nothing imported/);
  assert.ok(!existsSync(path.join(home, 'glossary', 'personal.json')));
  const accepted = duizhao(home, 'glossary', 'import', tsv, '--accept-valid');
  assert.equal(accepted.code, 0, accepted.err);
  assert.match(accepted.out, /Imported 1 entry .* 1 new/);

  // Every format's content is proven in formats.test.ts; here the command line itself, for two of them.
  for (const format of ['tbx2', 'xlsx']) {
    const out = path.join(home, `export.${format}`);
    const result = duizhao(home, 'glossary', 'export', '--format', format, '--out', out, '--layer', 'personal');
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Wrote 1 entries/);
    assert.ok(readFileSync(out).length > 100);
  }
  assert.match(readFileSync(path.join(home, 'export.tbx2'), 'utf8'), /<martif[\s\S]*深中通道/);
  assert.equal(duizhao(home, 'glossary', 'export', '--format', 'doc', '--out', 'x').code, 2);
});

test('glossary team|sync|conflicts go to the team command; unknown sub-commands are usage errors', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'dz-cli-'));
  const team = duizhao(home, 'glossary', 'conflicts');
  const teamModule = path.join(repoRoot, 'main/cli/commands/glossary-team.ts');
  if (existsSync(teamModule)) assert.doesNotMatch(team.err, /not part of this build/);
  else assert.match(team.err, /the team glossary is not part of this build/);
  const unknown = duizhao(home, 'glossary', 'frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown sub-command "frobnicate"/);
});
