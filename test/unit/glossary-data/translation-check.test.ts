import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTranslation } from '../../../glossary/engine/check';
import { builtinIndex } from './term-base-fixture';

// The built-in renderings at work in the target-side check: known machine-translation errors are
// flagged, official renderings (current and historical) pass.

const index = builtinIndex();
const check = (zh: string, en: string) => checkTranslation(zh, en, index.match(zh));

test('machine-translation errors listed in the term base are flagged as forbidden', () => {
  const cases: Array<[string, string, string]> = [
    ['深入实施“百千万工程”。', 'We will implement the Millions of Projects.', 'Millions of Projects'],
    ['抢抓深中通道通车新机遇。', 'Seize the opportunity of the opening of the Shenzhen-Zhongshan Channel.', 'Shenzhen-Zhongshan Channel'],
    ['坚决做到“两个维护”。', 'Resolutely achieve the two maintenances.', 'two maintenances'],
    ['巩固拓展主题教育成果。', 'Consolidate the results of theme education.', 'theme education'],
    ['推进中国式现代化。', 'Advance Chinese-style modernization.', 'Chinese-style modernization'],
  ];
  for (const [zh, en, forbidden] of cases) {
    const result = check(zh, en);
    assert.ok(result.forbidden.some((f) => f.rendering === forbidden), `${zh}: "${forbidden}" not flagged`);
  }
});

test('official renderings pass, including an earlier official form kept in the history', () => {
  const ok = check('大力发展新质生产力。', 'We will vigorously develop new quality productive forces.');
  assert.deepEqual(ok.missing, []);
  assert.deepEqual(ok.forbidden, []);
  const earlier = check('大力发展新质生产力。', 'We will develop new productive forces.');
  assert.deepEqual(earlier.missing, []);
  const link = check('深中通道通车。', 'The Shenzhen-Zhongshan Link opened to traffic.');
  assert.deepEqual(link.missing, []);
  assert.deepEqual(link.forbidden, []);
});

test('a sentence that leaves a term untranslated is reported with the approved rendering first', () => {
  const result = check('坚持以习近平新时代中国特色社会主义思想为指导。', 'We will follow the guidance.');
  const missing = result.missing.find((m) => m.term.entryId === 'xi-jinping-thought');
  assert.ok(missing);
  assert.equal(missing.expected[0], 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era');
});

test('city offices: the generic rendering, or official English with the city named, both pass', () => {
  const zh = '市委书记郭文海代表市委常委会作报告，市人大常委会主任出席。';
  for (const en of [
    "Guo Wenhai, secretary of the CPC Zhongshan Municipal Committee, delivered a report on behalf of the Standing Committee of the CPC Zhongshan Municipal Committee; the director of the Standing Committee of the Zhongshan Municipal People's Congress attended.",
    "Guo Wenhai, secretary of the municipal CPC committee, delivered a report on behalf of the Standing Committee of the municipal CPC committee; the director of the Standing Committee of the Municipal People's Congress attended.",
  ]) {
    assert.deepEqual(check(zh, en).missing.map((m) => m.term.zh), [], en);
  }
  // 中山市委书记 is Zhongshan's own entry, the whole title one term.
  const matches = index.match('中山市委书记郭文海');
  assert.equal(matches[0]?.term.entry.id, 'zhongshan-party-secretary');
  assert.equal(matches[0]?.text, '中山市委书记');
});

test('省委书记 is generic in the term base: the province official English names before "Provincial" is accepted, Guangdong or any other', () => {
  for (const en of [
    'Huang Kunming, secretary of the CPC Guangdong Provincial Committee, made a speech.',
    'Wang Ning, secretary of the CPC Yunnan Provincial Committee, made a speech.',
    'The provincial Party secretary made a speech.',
  ]) {
    assert.deepEqual(check('省委书记黄坤明讲话', en).missing, [], en);
  }
  assert.equal(check('省委书记黄坤明讲话', 'the mayor made a speech').missing.length, 1);
});

test('a proposed (unverified) rendering not used is a note, not an issue; its forbidden forms still count', () => {
  const free = check('坚决做到“两个维护”。', 'We must resolutely uphold the core and the authority.');
  assert.deepEqual(free.missing, []);
  assert.deepEqual(free.unverified.map((m) => [m.term.entryId, m.term.status, m.expected[0]]), [['two-upholds', 'proposed', 'Two Upholds']]);
  const wrong = check('坚决做到“两个维护”。', 'Resolutely achieve the two maintenances.');
  assert.equal(wrong.forbidden.length, 1);
  // An approved term stays an issue.
  assert.equal(check('深刻领悟“两个确立”。', 'We understand it deeply.').missing[0]?.term.entryId, 'two-affirmations');
});
