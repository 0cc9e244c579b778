import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignSegments } from '../../../main/alignment/aligner';
import { formatBead } from '../../../main/alignment/beads-format';
import { smallLexicon } from './small-lexicon';

const align = (zh: string[], en: string[], extra = {}) => alignSegments(zh, en, { lexicon: smallLexicon, ...extra }).map(formatBead);

const ZH = {
  meeting: '市委召开全体会议，讨论经济工作。',
  factory: '工厂工人的工资增长了百分之八。',
  school: '学校老师要求学生注意安全。',
  river: '河流污染治理取得成效。',
  park: '公园种植树木三千棵。',
  museum: '博物馆向游客开放。',
  hospital: '医院医生为病人服务。',
};
const EN = {
  meeting: 'The municipal Party committee held a plenary session to discuss economic work.',
  factory: 'The wages of factory workers grew by eight percent.',
  school: 'School teachers asked students to pay attention to safety.',
  river: 'The control of river pollution has achieved results.',
  park: 'Three thousand trees were planted in the park.',
  museum: 'The museum opened to visitors.',
  hospital: 'Hospital doctors serve patients.',
};

test('1-1 beads: each sentence has its own translation', () => {
  assert.deepEqual(align([ZH.meeting, ZH.factory, ZH.school, ZH.river], [EN.meeting, EN.factory, EN.school, EN.river]), ['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]']);
});

test('1-2 bead: one Chinese sentence rendered as two English sentences', () => {
  const zh = [ZH.meeting, '工厂工人的工资增长了百分之八，学校老师要求学生注意安全。', ZH.river];
  const en = [EN.meeting, EN.factory, EN.school, EN.river];
  assert.deepEqual(align(zh, en), ['[0]:[0]', '[1]:[1,2]', '[2]:[3]']);
});

test('2-1 bead: two Chinese sentences joined in one English sentence', () => {
  const zh = [ZH.meeting, ZH.park, ZH.museum, ZH.river];
  const en = [EN.meeting, 'Three thousand trees were planted in the park, and the museum opened to visitors.', EN.river];
  assert.deepEqual(align(zh, en), ['[0]:[0]', '[1,2]:[1]', '[3]:[2]']);
});

test('1-5 bead: a long enumeration split into five English sentences', () => {
  const zh = [ZH.meeting, '工厂工人的工资增长了百分之八；学校老师要求学生注意安全；河流污染治理取得成效；公园种植树木三千棵；博物馆向游客开放。', ZH.hospital];
  const en = [EN.meeting, EN.factory, EN.school, EN.river, EN.park, EN.museum, EN.hospital];
  assert.deepEqual(align(zh, en), ['[0]:[0]', '[1]:[1,2,3,4,5]', '[2]:[6]']);
});

test('5-1 bead: five short Chinese sentences summarised in one English sentence', () => {
  const zh = [ZH.meeting, '工厂增长。', '学校安全。', '河流治理。', '公园树木。', '游客开放。', ZH.hospital];
  const en = [EN.meeting, 'Factories grew, schools were safe, rivers were under control, parks got trees and museums opened to visitors.', EN.hospital];
  assert.deepEqual(align(zh, en), ['[0]:[0]', '[1,2,3,4,5]:[1]', '[6]:[2]']);
});

test('2-2 bead: two sentences split at a different place on each side', () => {
  const zh = [ZH.meeting, '工厂工人的工资增长了百分之八，学校老师要求学生注意安全。', '河流污染治理取得成效。', ZH.park];
  const en = [EN.meeting, EN.factory, 'School teachers asked students to pay attention to safety, and the control of river pollution has achieved results.', EN.park];
  assert.deepEqual(align(zh, en), ['[0]:[0]', '[1,2]:[1,2]', '[3]:[3]']);
});

test('1-0 bead: a Chinese sentence left untranslated', () => {
  const zh = [ZH.meeting, ZH.factory, '农村农民收入提高，医院医生为病人服务，天气下雨，交通大桥通车，投资项目企业发展。', ZH.school, ZH.river];
  const en = [EN.meeting, EN.factory, EN.school, EN.river];
  assert.deepEqual(align(zh, en), ['[0]:[0]', '[1]:[1]', '[2]:[]', '[3]:[2]', '[4]:[3]']);
});

test('0-1 bead: an English sentence added in translation', () => {
  const zh = [ZH.meeting, ZH.factory, ZH.school, ZH.river];
  const en = [EN.meeting, EN.factory, 'Zhongshan, a city of four million on the Pearl River Delta, lies south of Guangzhou and north of Macao.', EN.school, EN.river];
  assert.deepEqual(align(zh, en), ['[0]:[0]', '[1]:[1]', '[]:[2]', '[2]:[3]', '[3]:[4]']);
});

test('numbers and names are evidence without a dictionary', () => {
  const zh = ['2012年11月15日，郭文海在会上讲话。', '陈清扬说，这是第18次会议。', '全市共有3000名干部参加。'];
  const en = ['On November 15, 2012, Guo Wenhai spoke at the meeting.', 'Chen Qingyang said', 'it was the 18th meeting.', 'A total of 3,000 officials of the city took part.'];
  const pinyin = (text: string) => [...text].map((c) => ({ 郭: 'guo', 文: 'wen', 海: 'hai', 陈: 'chen', 清: 'qing', 扬: 'yang' })[c] ?? c);
  assert.deepEqual(alignSegments(zh, en, { pinyin }).map(formatBead), ['[0]:[0]', '[1]:[1,2]', '[2]:[3]']);
});

test('glossary terms tie their sentences together', () => {
  const zh = ['坚持制造业当家。', '推进百千万工程。'];
  const en = ['We will keep manufacturing as the mainstay of the economy and support it.', 'The High-Quality Development Project for counties, towns and villages will go on.'];
  const terms = [
    { zh: '制造业当家', en: ['manufacturing as the mainstay'] },
    { zh: '百千万工程', en: ['High-Quality Development Project'] },
  ];
  const beads = alignSegments(zh, en, { terms });
  assert.deepEqual(beads.map(formatBead), ['[0]:[0]', '[1]:[1]']);
});

test('paragraph boundaries on both sides decide what lengths alone cannot', () => {
  // Three equally long Chinese sentences, two equally long English ones: lengths cannot tell 2-1 + 1-1 from 1-1 + 1-2.
  const zh = ['甲乙丙丁戊己庚辛壬癸。', '子丑寅卯辰巳午未申酉。', '金木水火土东南西北中。'];
  const en = ['The first English sentence is exactly as long as the second one!', 'The second English sentence is exactly as long as the first one.'];
  assert.deepEqual(alignSegments(zh, en, { zhParagraphs: [0, 0, 1], enParagraphs: [0, 1] }).map(formatBead), ['[0,1]:[0]', '[2]:[1]']);
  assert.deepEqual(alignSegments(zh, en, { zhParagraphs: [0, 1, 1], enParagraphs: [0, 1] }).map(formatBead), ['[0]:[0]', '[1,2]:[1]']);
});

test('empty sides give only insertions or deletions', () => {
  assert.deepEqual(alignSegments(['一。', '二。'], []).map(formatBead), ['[0]:[]', '[1]:[]']);
  assert.deepEqual(alignSegments([], ['One.']).map(formatBead), ['[]:[0]']);
});

test('every sentence appears once, in order, and confidences are between 0 and 1', () => {
  const zh = Object.values(ZH);
  const en = [EN.meeting, EN.factory, EN.school, EN.park, EN.museum, EN.hospital];
  const beads = alignSegments(zh, en, { lexicon: smallLexicon });
  assert.deepEqual(beads.flatMap((b) => b.zh), zh.map((_, i) => i));
  assert.deepEqual(beads.flatMap((b) => b.en), en.map((_, j) => j));
  for (const b of beads) assert.ok(b.confidence >= 0 && b.confidence <= 1);
});

test('a cancelled alignment stops', () => {
  const controller = new AbortController();
  controller.abort();
  assert.throws(() => alignSegments(['一。'], ['One.'], { signal: controller.signal }), { name: 'AbortError' });
});

test('confidence is high for pairs that explain each other and low where nothing matches', async () => {
  const { LOW_CONFIDENCE } = await import('../../../main/alignment/edit');
  const zh = [ZH.meeting, ZH.factory, '农村农民收入提高，医院医生为病人服务。', ZH.river];
  const en = [EN.meeting, EN.factory, 'The weather was fine and many people went out to the seaside on Sunday afternoon.', EN.river];
  const beads = alignSegments(zh, en, { lexicon: smallLexicon });
  const byZh = new Map(beads.map((b) => [b.zh[0], b]));
  assert.ok(byZh.get(0)!.confidence >= LOW_CONFIDENCE, `good pair: ${byZh.get(0)!.confidence}`);
  assert.ok(byZh.get(1)!.confidence >= LOW_CONFIDENCE, `good pair: ${byZh.get(1)!.confidence}`);
  const unrelated = beads.find((b) => b.zh.includes(2) || b.en.includes(2))!;
  assert.ok(unrelated.confidence < LOW_CONFIDENCE, `unrelated sentences: ${unrelated.confidence}`);
});
