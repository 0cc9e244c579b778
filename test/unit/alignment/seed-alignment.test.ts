// End to end: the opening of seed article 000 and an English version written by hand for this test
// (test/fixtures/alignment/), through the real pipeline, CC-CEDICT, the CLI and the API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../main/cli/index';
import { composeServices } from '../../../main/services/compose';
import type { AlignmentProposal } from '../../../main/alignment/types';
import type { AcceptedAlignment } from '../../../main/api/contract/alignment';
import type { OpenProject } from '../../../main/api/contract/project';
import type { ConcordanceHit, FuzzyMatch } from '../../../main/memory/types';
import { formatBeads } from '../../../main/alignment/beads-format';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'alignment');
const zhFile = path.join(fixtures, 'seed000-opening.zh.txt');
const enFile = path.join(fixtures, 'seed000-opening.en.txt');

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t.endsWith('\n') ? t : t + '\n'), err: (t) => (err += t + '\n'), env: process.env, cwd: fixtures });
  return { code, out, err };
}

test('duizhao align finds the 1-1, 1-2 and 1-3 beads of the seed opening', async () => {
  const expected = await readFile(path.join(fixtures, 'seed000-opening.expected.beads'), 'utf8');
  const result = await cli(['align', 'seed000-opening.zh.txt', 'seed000-opening.en.txt', '--format', 'beads']);
  assert.equal(result.code, 0, result.err);
  assert.equal(result.out, expected);
  const json = await cli(['align', zhFile, enFile, '--format', 'json']);
  const parsed = JSON.parse(json.out) as { zh: string[]; en: string[]; beads: Array<{ confidence: number }> };
  assert.equal(parsed.zh.length, 7);
  assert.equal(parsed.en.length, 10);
  assert.ok(parsed.beads.every((b) => b.confidence > 0.5), 'a clean translation aligns with confidence');
});

test('duizhao align --presegmented takes lines as they are, and bad usage says what to do', async () => {
  // The sentences as the pipeline split them, one per line: the same beads come back.
  const json = JSON.parse((await cli(['align', zhFile, enFile, '--format', 'json'])).out) as { zh: string[]; en: string[] };
  const dir = await mkdtemp(path.join(tmpdir(), 'dz-align-lines-'));
  await writeFile(path.join(dir, 'a.zh'), json.zh.join('\n') + '\n');
  await writeFile(path.join(dir, 'a.en'), json.en.join('\n') + '\n');
  const result = await cli(['align', '--presegmented', '--format', 'beads', path.join(dir, 'a.zh'), path.join(dir, 'a.en')]);
  assert.equal(result.code, 0, result.err);
  assert.equal(result.out, await readFile(path.join(fixtures, 'seed000-opening.expected.beads'), 'utf8'));
  assert.equal((await cli(['align', zhFile])).code, 2);
  const missing = await cli(['align', 'nope.txt', enFile]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /nope\.txt/);
});

test('--presegmented keeps a line holding two sentences as one; without it the line is split', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'dz-align-two-'));
  const zhLines = ['4月18日，中山召开全市干部大会。市委书记郭文海主持会议并讲话。', '会议以视频形式开至各镇街。'];
  const enLines = ['On April 18, Zhongshan held a city-wide cadre meeting. Guo Wenhai, Secretary of the Municipal Party Committee, presided and spoke.', 'The meeting was linked by video to every town and subdistrict.'];
  await writeFile(path.join(dir, 'two.zh'), zhLines.join('\n') + '\n');
  await writeFile(path.join(dir, 'two.en'), enLines.join('\n') + '\n');
  const run = async (...flags: string[]) => {
    const result = await cli(['align', ...flags, '--format', 'json', path.join(dir, 'two.zh'), path.join(dir, 'two.en')]);
    assert.equal(result.code, 0, result.err);
    return JSON.parse(result.out) as { zh: string[]; en: string[]; beads: Array<{ zh: number[]; en: number[] }> };
  };
  const lines = await run('--presegmented');
  assert.deepEqual(lines.zh, zhLines);
  assert.deepEqual(lines.en, enLines);
  assert.equal(formatBeads(lines.beads.map((b) => ({ ...b, confidence: 1 }))), '[0]:[0]\n[1]:[1]\n');

  const split = await run();
  assert.equal(split.zh.length, 3, split.zh.join(' | '));
  assert.match(split.zh[0], /^4月18日.中山召开全市干部大会。$/);
  assert.equal(split.zh[1], '市委书记郭文海主持会议并讲话。');
  assert.deepEqual(split.en, ['On April 18, Zhongshan held a city-wide cadre meeting.', 'Guo Wenhai, Secretary of the Municipal Party Committee, presided and spoke.', enLines[1]]);
  assert.equal(formatBeads(split.beads.map((b) => ({ ...b, confidence: 1 }))), '[0]:[0]\n[1]:[1]\n[2]:[2]\n');
});

test('Import translation: align a project, accept, and the pairs fill the project and the memory', async (t) => {
  const root = await mkdtemp(path.join(tmpdir(), 'dz-align-api-'));
  const services = await composeServices({ dataHome: path.join(root, 'home'), host: 'test', appVersion: '0.0.0', autosaveDelayMs: 50 });
  t.after(() => services.dispose());
  const call = async <R>(method: string, params: unknown): Promise<R> => {
    const response = await services.dispatch(method, params, { host: 'test', taskId: `${method}-task` });
    assert.ok(response.ok, JSON.stringify(response));
    return response.result as R;
  };
  const opened = await call<OpenProject>('project.create', { source: { kind: 'path', path: zhFile } });
  const proposal = await call<AlignmentProposal>('alignment.alignProject', { handle: opened.handle, translation: { kind: 'path', path: enFile } });
  assert.equal(formatBeads(proposal.beads), await readFile(path.join(fixtures, 'seed000-opening.expected.beads'), 'utf8'));
  assert.deepEqual(proposal.zh.segmentIds, opened.project.segments.map((s) => s.id));

  const accepted = await call<AcceptedAlignment>('alignment.accept', { handle: opened.handle, zh: proposal.zh, en: proposal.en, beads: proposal.beads });
  assert.equal(accepted.translated, 7);
  assert.equal(accepted.addedToMemory, 7);
  const segments = accepted.project!.project.segments;
  assert.ok(segments.every((s) => s.status === 'translated' && s.origin === 'aligned'));
  assert.match(segments[3].target, /^On April 18, Zhongshan convened .* into practice\.$/);
  assert.equal(accepted.project!.project.alignedPairs.length, 7);
  assert.equal(accepted.project!.dirty, true);

  const matches = await call<FuzzyMatch[]>('memory.lookup', { text: '市委书记郭文海主持会议，市长肖展欣出席会议。' });
  assert.equal(matches[0].entry.en, 'Guo Wenhai, Secretary of the Municipal Party Committee, presided over the meeting and spoke; Mayor Xiao Zhanxin attended.');
  assert.deepEqual(matches[0].diff.filter((p) => p.kind !== 'same').map((p) => p.text), ['并讲话']);
  const hits = await call<ConcordanceHit[]>('memory.concordance', { query: 'General Secretary', side: 'en' });
  assert.ok(hits.length >= 4);
  const stats = await call<{ entries: number }>('memory.stats', {});
  assert.equal(stats.entries, 7);

  // Accepting again never overwrites what is now confirmed, and stores no duplicate pairs.
  const again = await call<AcceptedAlignment>('alignment.accept', { handle: opened.handle, zh: proposal.zh, en: proposal.en, beads: proposal.beads });
  assert.equal(again.translated, 0);
  assert.equal(again.kept, 7);
  assert.equal(again.addedToMemory, 0);

  const broken = await services.dispatch('alignment.accept', { handle: opened.handle, zh: proposal.zh, en: proposal.en, beads: proposal.beads.slice(1) }, { host: 'test' });
  assert.equal(broken.ok, false);
  assert.equal(!broken.ok && broken.error.code, 'ALIGN_BAD_BEADS');
});
