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
