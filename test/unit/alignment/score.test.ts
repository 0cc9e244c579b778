import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countMatches, scoreAlignments } from '../../../main/alignment/score';
import { parseBeads, formatBeads } from '../../../main/alignment/beads-format';

const beads = (text: string) => parseBeads(text.trim().split(/\s+/).join('\n'));

test('identical alignments score 1 everywhere', () => {
  const gold = beads('[0]:[0] [1]:[1,2] [2,3]:[3] [4]:[]');
  const s = scoreAlignments([{ gold, test: gold }]);
  assert.deepEqual(s.strict, { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(s.lax, { precision: 1, recall: 1, f1: 1 });
});

test('counts: exact beads are strict hits; overlapping ones are lax hits only', () => {
  const gold = beads('[0]:[0] [1]:[1,2] [2]:[3]');
  const test = beads('[0]:[0] [1]:[1] [2]:[2,3]');
  assert.deepEqual(countMatches(gold, test), { tpStrict: 1, fpStrict: 2, tpLax: 3, fpLax: 0 });
});

test('a bead linking sentences the gold never links is a lax miss too', () => {
  const gold = beads('[0]:[0] [1]:[1]');
  const test = beads('[0]:[1] [1]:[0]');
  assert.deepEqual(countMatches(gold, test), { tpStrict: 0, fpStrict: 2, tpLax: 0, fpLax: 2 });
});

test('deletions count against precision but are left out of recall', () => {
  // Test deletes sentence 1 that gold aligns; gold has 3 beads with both sides, test 2.
  const gold = beads('[0]:[0] [1]:[1] [2]:[2]');
  const test = beads('[0]:[0] [1]:[] []:[1] [2]:[2]');
  const s = scoreAlignments([{ gold, test }]);
  // Precision: 2 exact of 4 test beads; the 1-0 and 0-1 beads have no links, so lax misses as well.
  assert.equal(s.strict.precision, 0.5);
  assert.equal(s.lax.precision, 0.5);
  // Recall: gold's [1]:[1] is not among the test's two-sided beads.
  assert.equal(s.strict.recall, 2 / 3);
  assert.equal(s.lax.recall, 2 / 3);
  assert.ok(Math.abs(s.strict.f1 - (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3)) < 1e-12);
});

test('recall swaps the roles: a merged test bead is a lax hit for every gold bead it covers', () => {
  const gold = beads('[0]:[0] [1]:[1]');
  const test = beads('[0,1]:[0,1]');
  const s = scoreAlignments([{ gold, test }]);
  assert.equal(s.strict.precision, 0);
  assert.equal(s.strict.recall, 0);
  assert.equal(s.lax.precision, 1);
  assert.equal(s.lax.recall, 1);
});

test('counts are pooled over documents before dividing', () => {
  const perfect = beads('[0]:[0] [1]:[1] [2]:[2]');
  const s = scoreAlignments([
    { gold: perfect, test: perfect },
    { gold: beads('[0]:[0]'), test: beads('[0]:[1]') },
  ]);
  assert.equal(s.strict.precision, 3 / 4);
  assert.equal(s.strict.recall, 3 / 4);
});

test('bead format round-trips and rejects malformed lines with the line number', () => {
  const text = '[3]:[4,5]\n[7]:[]\n[]:[9]\n[10,11]:[12]\n';
  assert.equal(formatBeads(parseBeads(text)), text);
  assert.throws(() => parseBeads('[0]:[0]\n[1]-[1]\n', 'x.gold'), { code: 'ALIGN_BAD_BEAD', message: /x\.gold, line 2/ });
});
