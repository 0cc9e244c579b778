import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { confineEdit, crossesRowBoundary, rowsAfterChanges, type TextEdit } from '../../../renderer/src/editor/edit-guard';

const lines = ['The plenary session', 'was held', 'on January 4.'];
const at = (line: number, column: number) => ({ startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column });

test('pasted line breaks become spaces', () => {
  const edit = confineEdit(lines, { range: at(2, 4), text: ' \r\nin\nZhongshan\n' });
  assert.equal(edit.text, ' in Zhongshan ');
  const { rows } = rowsAfterChanges(lines, [{ range: at(2, 9), text: '\nin Zhongshan' }]);
  assert.deepEqual(rows, ['The plenary session', 'was held in Zhongshan', 'on January 4.']);
});

test('an edit across rows is confined to its first row; later rows keep their text', () => {
  const edit: TextEdit = { range: { startLineNumber: 1, startColumn: 5, endLineNumber: 3, endColumn: 3 }, text: 'X' };
  assert.deepEqual(confineEdit(lines, edit).range, { startLineNumber: 1, startColumn: 5, endLineNumber: 1, endColumn: 20 });
  const { rows, changedRows } = rowsAfterChanges(lines, [edit]);
  assert.deepEqual(rows, ['The X', 'was held', 'on January 4.']);
  assert.deepEqual(changedRows, [0]);
});

test('several changes in one event (multi-cursor) apply from the end backwards', () => {
  const { rows, changedRows } = rowsAfterChanges(lines, [
    { range: at(1, 1), text: '* ' },
    { range: at(3, 1), text: '* ' },
    { range: { startLineNumber: 1, startColumn: 5, endLineNumber: 1, endColumn: 13 }, text: '' },
  ]);
  assert.deepEqual(rows, ['* The session', 'was held', '* on January 4.']);
  assert.deepEqual(changedRows, [0, 2]);
});

test('Backspace at a row start, Delete at a row end and Enter are refused; inside a row they pass', () => {
  assert.equal(crossesRowBoundary('Backspace', lines, [at(2, 1)]), true);
  assert.equal(crossesRowBoundary('Backspace', lines, [at(2, 2)]), false);
  assert.equal(crossesRowBoundary('Delete', lines, [at(2, 9)]), true);
  assert.equal(crossesRowBoundary('Delete', lines, [at(2, 8)]), false);
  assert.equal(crossesRowBoundary('Enter', lines, [at(2, 3)]), true);
  // A selection inside the row is deleted normally.
  assert.equal(crossesRowBoundary('Backspace', lines, [{ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 4 }]), false);
});

test('property: no sequence of edits changes the number of rows or touches other rows', () => {
  const lineArb = fc.array(fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n\u2028\u2029\v\f\u0085]/g, '')), { minLength: 1, maxLength: 6 });
  fc.assert(
    fc.property(lineArb, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 10 }), (start, a, b, c, d, text) => {
      const n = start.length;
      const l1 = (a % n) + 1;
      const l2 = l1 + (b % (n - l1 + 1));
      const c1 = (c % (start[l1 - 1]!.length + 1)) + 1;
      const c2 = l2 === l1 ? c1 + (d % (start[l1 - 1]!.length + 2 - c1)) : (d % (start[l2 - 1]!.length + 1)) + 1;
      const { rows, changedRows } = rowsAfterChanges(start, [{ range: { startLineNumber: l1, startColumn: c1, endLineNumber: l2, endColumn: c2 }, text }]);
      assert.equal(rows.length, n);
      for (const r of rows) assert.ok(!/[\r\n]/.test(r));
      for (let i = 0; i < n; i++) if (i !== l1 - 1) assert.equal(rows[i], start[i]);
      assert.ok(changedRows.every((i) => i === l1 - 1));
    }),
  );
});
