import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdit, checkBeads, mergeWithNext, redo, shiftBoundary, splitBead, splitBeadInHalf, startReview, undo, unlink } from '../../../main/alignment/edit';
import { formatBead, parseBeads } from '../../../main/alignment/beads-format';
import type { Bead } from '../../../main/alignment/types';

const beads = (text: string): Bead[] => parseBeads(text.trim().split(/\s+/).join('\n')).map((b) => ({ ...b, confidence: 0.4 }));
const show = (list: readonly Bead[]) => list.map(formatBead).join(' ');

test('merge joins a bead with the next one and marks it decided', () => {
  const merged = mergeWithNext(beads('[0]:[0] [1]:[] []:[1] [2]:[2]'), 1);
  assert.equal(show(merged), '[0]:[0] [1]:[1] [2]:[2]');
  assert.equal(merged[1].confidence, 1);
  assert.equal(mergeWithNext(merged, 2), merged, 'the last bead has nothing to merge with');
});

test('split in half: 1-2 → 1-1 + 0-1, 2-1 → 1-1 + 1-0, 1-1 is unlinked', () => {
  assert.equal(show(splitBeadInHalf(beads('[0]:[0,1] [1]:[2]'), 0)), '[0]:[0] []:[1] [1]:[2]');
  assert.equal(show(splitBeadInHalf(beads('[0,1]:[0]'), 0)), '[0]:[0] [1]:[]');
  assert.equal(show(splitBeadInHalf(beads('[0]:[0]'), 0)), '[0]:[] []:[0]');
  assert.equal(show(splitBead(beads('[0,1]:[0,1,2]'), 0, 1, 2)), '[0]:[0,1] [1]:[2]');
  const original = beads('[0]:[0,1]');
  assert.equal(splitBead(original, 0, 0, 0), original, 'a split that leaves an empty bead changes nothing');
});

test('shift moves one sentence across the boundary with the next bead', () => {
  const start = beads('[0]:[0] [1]:[1,2] [2]:[3]');
  assert.equal(show(shiftBoundary(start, 0, 'en', 1)), '[0]:[0,1] [1]:[2] [2]:[3]');
  assert.equal(show(shiftBoundary(start, 1, 'en', -1)), '[0]:[0] [1]:[1] [2]:[2,3]');
  assert.equal(show(shiftBoundary(start, 0, 'zh', 1)), '[0,1]:[0] []:[1,2] [2]:[3]');
  // A bead that loses its last sentence disappears.
  assert.equal(show(shiftBoundary(beads('[0]:[0] []:[1] [1]:[2]'), 0, 'en', 1)), '[0]:[0,1] [1]:[2]');
});

test('unlink turns a pair into a deletion and an insertion', () => {
  assert.equal(show(unlink(beads('[0]:[0,1] [1]:[2]'), 0)), '[0]:[] []:[0,1] [1]:[2]');
});

test('every edit keeps each sentence in exactly one bead, in order', () => {
  let list: readonly Bead[] = beads('[0]:[0] [1]:[1,2] [2,3]:[3] [4]:[] []:[4] [5]:[5]');
  const edits = [
    (b: readonly Bead[]) => mergeWithNext(b, 3),
    (b: readonly Bead[]) => splitBeadInHalf(b, 2),
    (b: readonly Bead[]) => shiftBoundary(b, 0, 'en', 1),
    (b: readonly Bead[]) => unlink(b, 1),
    (b: readonly Bead[]) => shiftBoundary(b, 1, 'zh', -1),
  ];
  for (const edit of edits) {
    list = edit(list);
    assert.equal(checkBeads(list, 6, 6), undefined, show(list));
  }
  assert.match(checkBeads(beads('[0]:[0] [2]:[1]'), 3, 2) ?? '', /out of order/);
  assert.match(checkBeads(beads('[0]:[0]'), 2, 1) ?? '', /1 of 2 Chinese/);
});

test('undo and redo walk the edit history', () => {
  let history = startReview(beads('[0]:[0] [1]:[1] [2]:[2]'));
  history = applyEdit(history, (b) => mergeWithNext(b, 0));
  history = applyEdit(history, (b) => unlink(b, 1));
  assert.equal(show(history.beads), '[0,1]:[0,1] [2]:[] []:[2]');
  history = undo(history);
  assert.equal(show(history.beads), '[0,1]:[0,1] [2]:[2]');
  history = undo(history);
  assert.equal(show(history.beads), '[0]:[0] [1]:[1] [2]:[2]');
  assert.equal(undo(history), history, 'nothing more to undo');
  history = redo(history);
  assert.equal(show(history.beads), '[0,1]:[0,1] [2]:[2]');
  const noop = applyEdit(history, (b) => mergeWithNext(b, 99));
  assert.equal(noop, history, 'an edit that changes nothing is not recorded');
  history = applyEdit(history, (b) => splitBeadInHalf(b, 0));
  assert.equal(history.future.length, 0, 'a new edit clears redo');
});
