import { test } from 'node:test';
import assert from 'node:assert/strict';
import { galeChurchAlign } from '../../../main/alignment/gale-church';
import { formatBead } from '../../../main/alignment/beads-format';

test('Gale-Church aligns by length: a long Chinese sentence takes two English ones', () => {
  const zh = ['一二三四五六七八九十。', '一二三四五六七八九十一二三四五六七八九十。', '一二三四五六七八九十。'];
  const en = [
    'This English sentence is forty chars.',
    'This English sentence is about forty chars long.',
    'And here is another of about forty chars.',
    'The last one is also about forty chars.',
  ];
  assert.deepEqual(galeChurchAlign(zh, en).map(formatBead), ['[0]:[0]', '[1]:[1,2]', '[2]:[3]']);
});
