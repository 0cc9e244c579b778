import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitChineseSentences } from '../../../main/segmentation/chinese';

const split = (text: string) => splitChineseSentences(text).map(({ start, end }) => text.slice(start, end));

test('sentences end at 。！？ and ……', () => {
  assert.deepEqual(split('会议召开。全市上下要奋进！怎么办？要实干……再出发'), ['会议召开。', '全市上下要奋进！', '怎么办？', '要实干……', '再出发']);
});

test('a closing quote or bracket after the mark stays with its sentence', () => {
  assert.deepEqual(split('找到解决问题的“金钥匙”。他说：“要干。”会议强调（全文完。）下一句。'), [
    '找到解决问题的“金钥匙”。',
    '他说：“要干。”',
    '会议强调（全文完。）',
    '下一句。',
  ]);
});

test('；and ： never split, and a mark followed by a comma does not end the sentence', () => {
  assert.deepEqual(split('一要抓学习；二要抓落实：三要抓作风。'), ['一要抓学习；二要抓落实：三要抓作风。']);
  assert.deepEqual(split('他问“怎么办？”，大家回答“干！”。'), ['他问“怎么办？”，大家回答“干！”。']);
});

test('a single … is an omission, not a sentence end', () => {
  assert.deepEqual(split('一要…二要…三要落实。'), ['一要…二要…三要落实。']);
});

test('whitespace between sentences belongs to neither; a text without a final mark is one sentence', () => {
  const text = '第一句。  第二句！ 无标点结尾';
  const ranges = splitChineseSentences(text);
  assert.deepEqual(ranges.map(({ start, end }) => text.slice(start, end)), ['第一句。', '第二句！', '无标点结尾']);
  assert.deepEqual(splitChineseSentences(''), []);
  assert.deepEqual(splitChineseSentences('   '), []);
});

test('ASCII ! inside Latin text is not a Chinese sentence end', () => {
  assert.deepEqual(split('使用Yahoo!Mail发送。'), ['使用Yahoo!Mail发送。']);
});
