import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computePadding, diffSpacers, rowTops } from '../../../renderer/src/editor/padding';

test('the shorter side of each row is padded to the taller, plus the paragraph gap on both', () => {
  const padding = computePadding([20, 60, 20], [40, 20, 20], [false, true, false], 12);
  assert.deepEqual(padding.left, [20, 12, 0]);
  assert.deepEqual(padding.right, [0, 52, 0]);
});

test('property: with the padding in place every row starts at the same pixel in both panes', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), fc.boolean()), { maxLength: 50 }), (spec) => {
      const left = spec.map((s) => s[0]);
      const right = spec.map((s) => s[1]);
      const gaps = spec.map((s) => s[2]);
      const padding = computePadding(left, right, gaps, 10);
      assert.deepEqual(rowTops(left, padding.left), rowTops(right, padding.right));
      assert.ok([...padding.left, ...padding.right].every((h) => h >= 0));
    }),
  );
});

test('panes with different row counts are refused', () => {
  assert.throws(() => computePadding([1, 2], [1], [false, false], 0), /Row count differs/);
});

test('spacer changes touch only the rows whose height changed', () => {
  const current = new Map([
    [0, 20],
    [2, 12],
    [5, 8],
  ]);
  const changes = diffSpacers(current, [20, 0, 30, 0, 4]);
  assert.deepEqual(changes.add, [{ row: 4, height: 4 }]);
  assert.deepEqual(changes.resize, [{ row: 2, height: 30 }]);
  assert.deepEqual(changes.remove.sort(), [5]);
});
