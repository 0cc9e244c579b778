import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { bareRepository, tempDir } from './fixtures';

const bin = path.resolve('bin/duizhao.js');

/** Runs the real `duizhao` command as a given translator (DUIZHAO_HOME). */
function duizhao(home: string, cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'glossary', ...args], { cwd, env: { ...process.env, DUIZHAO_HOME: home }, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('CLI: two translators (two DUIZHAO_HOMEs) share a team glossary, see and resolve a conflict from scripts', { timeout: 180_000 }, () => {
  const root = tempDir('cli');
  bareRepository(root, 'desk.git');
  const anna = path.join(root, 'anna');
  const bo = path.join(root, 'bo');

  const bad = duizhao(anna, root, 'team', 'set', 'ssh://git@example.org/desk.git');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /SSH or git:\/\/ address/);

  // A relative path is taken from the working directory.
  assert.equal(duizhao(anna, root, 'team', 'set', 'desk.git', '--name', 'Anna').code, 0);
  const set = duizhao(bo, root, 'team', 'set', path.join(root, 'desk.git'), '--name', 'Bo');
  assert.match(set.out, /Team glossary set to .*desk\.git/);

  const added = duizhao(anna, root, 'team', 'add', '--zh', '两个维护', '--en', 'Two Upholds', '--note', 'Xinhua');
  assert.equal(added.code, 0, added.err);
  const id = /Added (\S+)/.exec(added.out)![1];
  assert.equal(duizhao(anna, root, 'sync').code, 0);
  assert.match(duizhao(bo, root, 'sync').out, /1 entry updated from the team/);

  assert.equal(duizhao(anna, root, 'team', 'edit', id, '--en', 'Two Safeguards').code, 0);
  assert.equal(duizhao(bo, root, 'team', 'edit', id, '--en', 'the Two Upholds').code, 0);
  duizhao(anna, root, 'sync');
  assert.match(duizhao(bo, root, 'sync').out, /1 conflict to resolve/);
  const listed = duizhao(bo, root, 'conflicts');
  assert.match(listed.out, /field "en"/);
  assert.match(listed.out, /mine {3}\(Bo, .*\): "the Two Upholds"/);
  assert.match(listed.out, /theirs \(Anna, .*\): "Two Safeguards"/);
  const [conflict] = JSON.parse(duizhao(bo, root, 'conflicts', '--json').out);
  const resolved = duizhao(bo, root, 'team', 'resolve', conflict.id, '--theirs');
  assert.equal(resolved.code, 0, resolved.err);
  assert.match(duizhao(bo, root, 'conflicts').out, /No open conflicts/);

  const history = duizhao(anna, root, 'team', 'history', id);
  assert.match(history.out, /Anna {2}edited\n {4}en: "Two Upholds" → "Two Safeguards"/);

  const status = JSON.parse(duizhao(bo, root, 'team', 'status', '--json').out);
  assert.equal(status.translator, 'Bo');
  assert.equal(status.conflicts, 0);

  const out = path.join(root, 'team.tbx');
  assert.equal(duizhao(anna, root, 'team', 'export', '--format', 'tbx', '--out', out).code, 0);
  const tbx = readFileSync(out, 'utf8');
  assert.match(tbx, /Two Safeguards/);
  assert.match(tbx, /两个维护/);
});

test('CLI: glossary match, check and list read the team glossary between personal and built-in entries, as the app does', { timeout: 120_000 }, () => {
  const root = tempDir('cli-layers');
  bareRepository(root, 'desk.git');
  const anna = path.join(root, 'anna');
  assert.equal(duizhao(anna, root, 'team', 'set', 'desk.git', '--name', 'Anna').code, 0);
  const added = duizhao(anna, root, 'team', 'add', '--zh', '制造业当家', '--en', 'manufacturing as the mainstay of the economy');
  assert.equal(added.code, 0, added.err);
  const teamId = /Added (\S+)/.exec(added.out)![1];
  const article = path.join(root, 'article.txt');
  writeFileSync(article, '广东坚持制造业当家，推进百千万工程。\n');

  const termsOf = () => {
    const matched = duizhao(anna, root, 'match', article, '--json');
    assert.equal(matched.code, 0, matched.err);
    return (JSON.parse(matched.out) as { terms: { text: string; zh: string; en: string; layer: string; id: string; overrides?: string[]; alsoIn?: { layer: string }[] }[] }[]).flatMap((row) => row.terms);
  };
  // The team entry is suggested over the built-in one, which stays visible underneath.
  const team = termsOf().find((t) => t.zh === '制造业当家')!;
  assert.equal(team.layer, 'team');
  assert.equal(team.id, teamId);
  assert.equal(team.en, 'manufacturing as the mainstay of the economy');
  assert.ok(team.alsoIn?.some((o) => o.layer === 'builtin'), JSON.stringify(team));
  assert.ok(termsOf().some((t) => t.text === '百千万工程' && t.layer === 'builtin'));

  const listed = JSON.parse(duizhao(anna, root, 'list', '--layer', 'team', '--json').out) as { entries: { id: string }[] };
  assert.deepEqual(listed.entries.map((e) => e.id), [teamId]);
  const checked = duizhao(anna, root, 'check', '广东坚持制造业当家。', 'Guangdong puts manufacturing first.', '--json');
  assert.equal(checked.code, 1);
  assert.deepEqual((JSON.parse(checked.out) as { missing: { expected: string[] }[] }).missing[0].expected[0], 'manufacturing as the mainstay of the economy');

  // A personal edit of the team entry goes on top of it, for this translator only.
  assert.equal(duizhao(anna, root, 'edit', teamId, '--en', 'manufacturing first').code, 0);
  const personal = termsOf().find((t) => t.zh === '制造业当家')!;
  assert.equal(personal.layer, 'personal');
  assert.equal(personal.en, 'manufacturing first');
  assert.deepEqual(personal.overrides, ['team'], JSON.stringify(personal));
});
