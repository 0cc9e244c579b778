import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTranslation } from '../../../glossary/engine/check';
import { GlossaryIndex } from '../../../glossary/engine/glossary-index';
import { resolveLayers } from '../../../glossary/engine/layers';
import { entry } from './entries';

const idx = GlossaryIndex.build(
  resolveLayers([
    {
      layer: 'builtin',
      entries: [
        entry({ id: 'liang-ge-que-li', zh: '两个确立', en: 'the Two Affirmations', alternates: ['Two Establishments'], forbidden: [{ text: 'two establishes', reason: 'analyst coinage' }] }),
        entry({ id: 'gao-zhi-liang', zh: '高质量发展', en: 'high-quality development' }),
        entry({ id: 'shen-zhong', zh: '深中通道', en: 'Shenzhen-Zhongshan Link', forbidden: [{ text: 'Shenzhen-Zhongshan Channel', reason: 'machine translation' }] }),
        entry({ id: 'zhu-ti', zh: '主题教育', en: 'theoretical study programme', alternates: ['education campaign'], forbidden: [{ text: 'theme education' }] }),
        entry({ id: 'zheng-fu', zh: '政府工作报告', en: 'Government Work Report', forbidden: [{ text: 'Work Report' }] }),
        entry({ id: 'shi-wei-shu-ji', zh: '市委书记', en: 'secretary of the municipal CPC committee', alternates: ['secretary of the CPC municipal committee'] }),
        entry({ id: 'ren-da', zh: '市人大常委会', en: "the Standing Committee of the Municipal People's Congress" }),
      ],
    },
  ]),
);

const check = (zh: string, en: string) => checkTranslation(zh, en, idx.match(zh));

test('an accepted rendering satisfies the term, whatever its case, number, possessive or hyphenation', () => {
  for (const en of [
    'We understand the Two Affirmations.',
    "The two affirmations' significance is decisive.",
    'THE TWO AFFIRMATION',
    'the Two Establishments’ meaning',
  ]) {
    const result = check('深刻领悟两个确立', en);
    assert.deepEqual(result.missing, [], en);
    assert.equal(result.found[0].term.entryId, 'liang-ge-que-li');
  }
  for (const en of ['pursue high quality development', 'pursue highquality developments', 'High-Quality Development’s results']) {
    assert.deepEqual(check('推动高质量发展', en).missing, [], en);
  }
});

test('a generic municipal rendering accepts the city official English names before "Municipal"', () => {
  for (const en of [
    'Ma Zhengyong, secretary of the CPC Meizhou Municipal Committee, presided.',
    'Ma Zhengyong, secretary of the municipal CPC committee, presided.',
    "Ma Zhengyong, secretary of the CPC Xi'an Municipal Committee, presided.",
  ]) {
    const result = check('市委书记马正勇主持会议', en);
    assert.deepEqual(result.missing, [], en);
  }
  assert.deepEqual(check('市人大常委会', "the Standing Committee of the Zhongshan Municipal People's Congress").missing, []);
  // Only a place name goes in the slot, and "Municipal" must still follow it.
  for (const en of ['secretary of the CPC committee', 'secretary of the CPC big municipal committee', 'secretary of the CPC Meizhou Committee']) {
    assert.equal(check('市委书记马正勇', en).missing.length, 1, en);
  }
  assert.equal(check('市人大常委会', "the Standing Committee of the National People's Congress").missing.length, 1);
});

test('a term without any accepted rendering is reported with what was expected', () => {
  const result = check('推动高质量发展，深刻领悟两个确立', 'We pursue quality growth and the two supports.');
  assert.deepEqual(result.missing.map((m) => m.term.zh), ['高质量发展', '两个确立']);
  assert.deepEqual(result.missing[1].expected, ['the Two Affirmations', 'Two Establishments']);
  assert.equal(result.missing[0].term.start, 2);
});

test('forbidden renderings are found, tolerant of case, plural and hyphen/space variants', () => {
  const result = check('深中通道通车', 'The Shenzhen Zhongshan channels opened.');
  assert.deepEqual(result.forbidden.map((f) => [f.rendering, f.text, f.reason, f.preferred]), [['Shenzhen-Zhongshan Channel', 'Shenzhen Zhongshan channels', 'machine translation', 'Shenzhen-Zhongshan Link']]);
  assert.equal(result.missing.length, 1);
  const twoEstablishes = check('两个确立', 'the Two Establishes');
  assert.equal(twoEstablishes.forbidden[0].rendering, 'two establishes');
  assert.deepEqual(twoEstablishes.missing.map((m) => m.term.entryId), ['liang-ge-que-li']);
});

test('a forbidden form inside an accepted rendering is not reported; elsewhere it is', () => {
  assert.deepEqual(check('政府工作报告', 'the Government Work Report').forbidden, []);
  const bad = check('政府工作报告', 'the annual work report');
  assert.equal(bad.forbidden.length, 1);
  assert.equal(bad.missing.length, 1);
});

test('a clean translation: no missing, no forbidden', () => {
  const result = check('开展主题教育', 'launch the theoretical study programme');
  assert.deepEqual([result.missing, result.forbidden], [[], []]);
  assert.equal(check('开展主题教育', 'theme education').forbidden[0].text, 'theme education');
});
