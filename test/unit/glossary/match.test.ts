import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GlossaryIndex } from '../../../glossary/engine/glossary-index';
import { resolveLayers } from '../../../glossary/engine/layers';
import { matchSegment } from '../../../glossary/engine/match-segment';
import { glossaryUserWords } from '../../../glossary/engine/user-words';
import { entry } from './entries';

const builtin = [
  entry({ id: 'bai-qian-wan', zh: '百县千镇万村高质量发展工程', en: 'High-Quality Development Project of Hundreds of Counties, Thousands of Towns and Tens of Thousands of Villages', variants: [{ text: '百千万工程', type: 'abbreviation' }, { text: '百縣千鎮萬村高質量發展工程', type: 'traditional' }] }),
  entry({ id: 'gao-zhi-liang', zh: '高质量发展', en: 'high-quality development' }),
  entry({ id: 'liang-ge-que-li', zh: '两个确立', en: 'the Two Affirmations', alternates: ['Two Establishments'] }),
  entry({ id: 'cun-ba', zh: '村BA', en: 'Village Basketball Association', status: 'proposed' }),
  entry({ id: 'old', zh: '科学发展观', en: 'Scientific Outlook on Development', status: 'deprecated' }),
];

const index = (layers: Parameters<typeof resolveLayers>[0]) => GlossaryIndex.build(resolveLayers(layers));

test('terms in reading order with rendering, status, layer; abbreviation and full form both match', () => {
  const text = '深入实施“百县千镇万村高质量发展工程”，以“百千万工程”推动高质量发展，深刻领悟“两个确立”，举办村BA。';
  const matches = index([{ layer: 'builtin', entries: builtin }]).match(text);
  assert.deepEqual(matches.map((m) => [m.text, m.term.entry.id, m.term.layer, m.term.entry.status]), [
    ['百县千镇万村高质量发展工程', 'bai-qian-wan', 'builtin', 'approved'],
    ['百千万工程', 'bai-qian-wan', 'builtin', 'approved'],
    ['高质量发展', 'gao-zhi-liang', 'builtin', 'approved'],
    ['两个确立', 'liang-ge-que-li', 'builtin', 'approved'],
    ['村BA', 'cun-ba', 'builtin', 'proposed'],
  ]);
  for (const m of matches) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(matches[1].form, '百千万工程');
});

test('findTerms: the same terms as match, as flat arrays, quote-balanced spans included', () => {
  const text = '落实“1310”具体部署，深入实施“百县千镇万村高质量发展工程”，以“百千万工程”推动高质量发展。';
  const idx = index([{ layer: 'builtin', entries: [...builtin, entry({ id: 'yi-san-yi-ling', zh: '“1310”具体部署', en: 'the "1310" specific plans' })] }]);
  const found = idx.findTerms(text);
  const matches = idx.match(text);
  assert.equal(found.count, 4);
  assert.deepEqual(
    Array.from({ length: found.count }, (_, k) => [found.starts[k], found.ends[k], idx.formOf(found.forms[k]!).term.entry.id]),
    matches.map((m) => [m.start, m.end, m.term.entry.id]),
  );
  assert.equal(matches[0].text, '“1310”具体部署');
  assert.equal(idx.findTerms('').count, 0);
});

test('deprecated entries are never suggested', () => {
  assert.deepEqual(index([{ layer: 'builtin', entries: builtin }]).match('坚持科学发展观'), []);
});

test('personal over team over built-in: same id hides the lower version, same form lists the others', () => {
  const team = [entry({ id: 'liang-ge-que-li', zh: '两个确立', en: 'Two Establishments (team)' })];
  const personal = [entry({ id: 'my-affirmations', zh: '两个确立', en: 'the "Two Affirmations" (mine)' })];
  const idx = index([{ layer: 'builtin', entries: builtin }, { layer: 'personal', entries: personal }, { layer: 'team', entries: team }]);
  const [m] = idx.match('两个确立');
  assert.equal(m.term.layer, 'personal');
  assert.equal(m.term.entry.en, 'the "Two Affirmations" (mine)');
  assert.deepEqual(m.alsoIn.map((r) => [r.layer, r.entry.en]), [['team', 'Two Establishments (team)']]);
  assert.deepEqual(m.alsoIn[0].overrides.map((o) => [o.layer, o.entry.en]), [['builtin', 'the Two Affirmations']]);
});

test('a personal entry deprecating a built-in id removes the suggestion', () => {
  const personal = [{ ...builtin[2], status: 'deprecated' as const }];
  assert.deepEqual(index([{ layer: 'builtin', entries: builtin }, { layer: 'personal', entries: personal }]).match('两个确立'), []);
});

test('approved is offered before proposed for the same form in the same layer', () => {
  const entries = [entry({ id: 'a-proposed', zh: '制造业当家', en: 'manufacturing first', status: 'proposed' }), entry({ id: 'z-approved', zh: '制造业当家', en: 'manufacturing as the mainstay' })];
  const [m] = index([{ layer: 'builtin', entries }]).match('坚持制造业当家');
  assert.equal(m.term.entry.id, 'z-approved');
  assert.equal(m.alsoIn[0].entry.status, 'proposed');
});

test('matchSegment maps every term to the original through the span mapper', () => {
  const segment = { id: 's1', text: '推动百千万工程', original: '推動百千萬工程' };
  const calls: Array<[number, number]> = [];
  const result = matchSegment(segment, index([{ layer: 'builtin', entries: builtin }]), (_s, start, end) => {
    calls.push([start, end]);
    return [start + 1, end + 1] as const;
  });
  assert.equal(result.segmentId, 's1');
  assert.deepEqual(calls, [[2, 7]]);
  assert.deepEqual([result.terms[0].originalStart, result.terms[0].originalEnd], [3, 8]);
});

test('user words for the segmenter: every form, no deprecated, no enumerations', () => {
  const words = glossaryUserWords(resolveLayers([{ layer: 'builtin', entries: [...builtin, entry({ id: 'x', zh: '不敢腐、不能腐、不想腐', en: 'x' })] }]));
  assert.ok(words.includes('百千万工程') && words.includes('百縣千鎮萬村高質量發展工程') && words.includes('村BA'));
  assert.ok(!words.includes('科学发展观'));
  assert.ok(!words.some((w) => w.includes('、')));
});
