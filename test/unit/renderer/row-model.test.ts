import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  adjacentRow,
  flattenLineBreaks,
  nextUnconfirmedRow,
  paragraphEnds,
  progressOf,
  rowsFromSegments,
  statusAfterEdit,
  type Row,
} from '../../../renderer/src/editor/row-model';

function row(segmentId: string, paragraph: number, kind: Row['kind'], status: Row['status'] = 'new'): Row {
  return { segmentId, paragraph, kind, source: segmentId, target: '', status };
}

test('line breaks inside a row become single spaces', () => {
  assert.equal(flattenLineBreaks('Guo Wenhai\r\nattended\n the\u2028meeting'), 'Guo Wenhai attended the meeting');
  assert.equal(flattenLineBreaks('a \n\n b'), 'a  b');
  assert.equal(flattenLineBreaks('tab\there'), 'tab here');
});

test('rows come from segments one to one, with imported line breaks flattened', () => {
  const rows = rowsFromSegments([
    { id: 's1', paragraph: 0, kind: 'headline', text: '标题', target: 'Title\nline', status: 'draft' },
    { id: 's2', paragraph: 1, kind: 'body', text: '正文。' },
  ]);
  assert.equal(rows.length, 2);
  assert.equal(rows[0]!.target, 'Title line');
  assert.equal(rows[1]!.status, 'new');
  assert.equal(rows[1]!.target, '');
});

test('paragraph ends are marked after the last row of each paragraph except the last', () => {
  const rows = [row('a', 0, 'body'), row('b', 0, 'body'), row('c', 1, 'body'), row('d', 2, 'body')];
  assert.deepEqual(paragraphEnds(rows), [false, true, true, false]);
});

test('next unconfirmed skips confirmed and non-body rows and wraps around', () => {
  const rows = [
    row('a', 0, 'body', 'new'),
    row('b', 0, 'chrome', 'new'),
    row('c', 1, 'body', 'translated'),
    row('d', 1, 'caption', 'new'),
    row('e', 2, 'body', 'draft'),
  ];
  assert.equal(nextUnconfirmedRow(rows, 0), 4);
  assert.equal(nextUnconfirmedRow(rows, 4), 0);
  const done = rows.map((r) => ({ ...r, status: r.kind === 'body' ? ('reviewed' as const) : r.status }));
  assert.equal(nextUnconfirmedRow(done, 0), undefined);
});

test('adjacent row skips dimmed rows and stops at the ends', () => {
  const rows = [row('a', 0, 'body'), row('b', 0, 'chrome'), row('c', 1, 'body')];
  assert.equal(adjacentRow(rows, 0, 1), 2);
  assert.equal(adjacentRow(rows, 0, 1, false), 1);
  assert.equal(adjacentRow(rows, 2, 1), 2);
  assert.equal(adjacentRow(rows, 2, -1), 0);
});

test('progress counts confirmed translatable rows only', () => {
  const rows = [row('a', 0, 'body', 'translated'), row('b', 0, 'chrome', 'translated'), row('c', 1, 'headline', 'draft'), row('d', 1, 'body', 'reviewed')];
  assert.deepEqual(progressOf(rows), { done: 2, total: 3, percent: 66 });
  assert.deepEqual(progressOf([]), { done: 0, total: 0, percent: 100 });
});

test('editing a row makes it a draft; clearing it makes it new; no change keeps the status', () => {
  assert.equal(statusAfterEdit('new', '', 'The'), 'draft');
  assert.equal(statusAfterEdit('translated', 'Done.', 'Done!'), 'draft');
  assert.equal(statusAfterEdit('draft', 'x', ''), 'new');
  assert.equal(statusAfterEdit('reviewed', 'same', 'same'), 'reviewed');
});
