import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignSegments, alignSegmentsAsync } from '../../../main/alignment/aligner';
import { formatBeads } from '../../../main/alignment/beads-format';
import { syntheticParallelText } from '../../../main/alignment/calibration/synthetic-text';
import { runAsync, runSync, stage, type Work } from '../../../main/alignment/work';
import { smallLexicon } from './small-lexicon';

const text = syntheticParallelText(2000, 2600, 11, { figures: true });

test('the asynchronous alignment gives the same beads, reporting progress as it goes', async () => {
  const reports: number[] = [];
  const beads = await alignSegmentsAsync(text.zh, text.en, { onProgress: (fraction) => reports.push(fraction) });
  assert.equal(formatBeads(beads), formatBeads(alignSegments(text.zh, text.en)));
  assert.ok(reports.length >= 2, `progress reported ${reports.length} times`);
  assert.deepEqual([...reports].sort((a, b) => a - b), reports, 'progress only goes forward');
  assert.ok(reports.every((f) => f >= 0 && f <= 1));
});

test('a cancel arriving while a pass runs stops it within milliseconds, and timers run meanwhile', async () => {
  const started = performance.now();
  await alignSegmentsAsync(text.zh, text.en);
  const full = performance.now() - started;

  const controller = new AbortController();
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 1);
  let abortedAt = 0;
  setTimeout(() => {
    abortedAt = performance.now();
    controller.abort();
  }, full / 3);
  try {
    await assert.rejects(alignSegmentsAsync(text.zh, text.en, { signal: controller.signal }), { name: 'AbortError' });
  } finally {
    clearInterval(ticker);
  }
  const stoppedAfter = performance.now() - abortedAt;
  assert.ok(abortedAt > 0, 'the abort timer ran during the alignment');
  assert.ok(stoppedAfter < Math.max(100, full / 4), `stopped ${stoppedAfter.toFixed(0)} ms after the cancel (a full run takes ${full.toFixed(0)} ms)`);
  assert.ok(ticks >= 3, `the event loop turned ${ticks} times`);
});

test('an aborted signal stops the synchronous run too, at its next yield', () => {
  const controller = new AbortController();
  let steps = 0;
  function* counting(): Work<number> {
    for (let k = 0; k < 10; k++) {
      steps++;
      if (k === 2) controller.abort();
      yield k / 10;
    }
    return steps;
  }
  assert.throws(() => runSync(counting(), controller.signal), { name: 'AbortError' });
  assert.equal(steps, 3);
  steps = 0;
  assert.equal(runSync(stage(counting(), 0.5, 1)), 10, 'without a signal it runs to the end');
});

test('stages map their progress into the part of the whole they are', async () => {
  function* half(): Work<string> {
    yield 0;
    yield 0.5;
    yield 1;
    return 'done';
  }
  const seen: number[] = [];
  const result = await runAsync(stage(half(), 0.2, 0.6), { onProgress: (f) => seen.push(f), sliceMs: 0 });
  assert.equal(result, 'done');
  assert.deepEqual(seen, [0.2, 0.4, 0.6]);
  // The small constructed cases give the same beads either way.
  const zh = ['市委召开全体会议，讨论经济工作。', '工厂工人的工资增长了百分之八。'];
  const en = ['The municipal Party committee held a plenary session to discuss economic work.', 'The wages of factory workers grew by eight percent.'];
  assert.equal(formatBeads(await alignSegmentsAsync(zh, en, { lexicon: smallLexicon })), formatBeads(alignSegments(zh, en, { lexicon: smallLexicon })));
});
