import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEntries, serializeEntries, serializeEntry } from '../../../glossary/engine/serialize';
import { entry } from './entries';

const full = entry({
  id: 'bai-qian-wan',
  zh: '百千万工程',
  modifiedAt: '2026-01-02T00:00:00Z',
  status: 'approved',
  tags: ['rural', 'guangdong', 'rural'],
  sources: [{ note: 'n', reference: 'gd.gov.cn', authority: 'Guangdong Provincial Government' }],
  en: 'High-Quality Development Project',
  variants: [{ type: 'traditional', text: '百千萬工程' }],
  forbidden: [{ reason: 'MT', text: 'Millions of Projects' }],
  alternates: ['Hundred-Thousand-Ten Thousand Project'],
});

test('serializeEntry prints keys in the fixed order, whatever order the object had', () => {
  const text = serializeEntry(full);
  const keys = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
  assert.deepEqual(keys, ['id', 'zh', 'variants', 'en', 'alternates', 'forbidden', 'history', 'tags', 'sources', 'status', 'modifiedAt']);
  assert.match(text, /"text": "百千萬工程",\n\s+"type": "traditional"/);
  assert.match(text, /"authority": "Guangdong Provincial Government",\n\s+"reference": "gd.gov.cn",\n\s+"note": "n"/);
  assert.match(text, /"tags": \[\n\s+"guangdong",\n\s+"rural"\n\s+\]/, 'tags sorted and deduplicated');
  assert.ok(text.endsWith('}\n'));
});

test('serializeEntries sorts by id in code-point order and is stable under input order', () => {
  const a = entry({ id: 'b', zh: '乙', en: 'B' });
  const b = entry({ id: 'a', zh: '甲', en: 'A' });
  const c = entry({ id: 'B', zh: '丙', en: 'C' });
  const one = serializeEntries([a, b, c]);
  assert.equal(one, serializeEntries([c, a, b]));
  assert.deepEqual(JSON.parse(one).map((e: { id: string }) => e.id), ['B', 'a', 'b']);
});

test('editing one entry changes only that entry’s lines', () => {
  const others = Array.from({ length: 5 }, (_, i) => entry({ id: `t${i}`, zh: `词${i}`, en: `Term ${i}` }));
  const before = serializeEntries([...others, full]).split('\n');
  const after = serializeEntries([...others, { ...full, alternates: [...full.alternates, 'Another'] }]).split('\n');
  assert.equal(after.length, before.length + 1);
  const changed = after.filter((line, i) => line !== before[i]);
  assert.ok(changed[0].includes('"Hundred-Thousand-Ten Thousand Project",'));
});

test('serializeEntries refuses duplicate ids; parseEntries round-trips and reports bad entries', () => {
  assert.throws(() => serializeEntries([full, full]), /share the id "bai-qian-wan"/);
  const other = entry({ id: 'x', zh: '甲', en: 'A' });
  const text = serializeEntries([other, full]);
  assert.deepEqual(parseEntries(text).entries, [{ ...full, tags: ['guangdong', 'rural'] }, other], 'only the tag set is normalised');
  assert.equal(serializeEntries(parseEntries(text).entries), text);
  const broken = parseEntries('[{"id":"ok","zh":"甲","en":"A","status":"approved"},{"id":"bad id","zh":"","en":"B","status":"approved"}]');
  assert.equal(broken.entries.length, 1);
  assert.equal(broken.problems.length, 1);
  assert.match(broken.problems[0].where, /entry 2 \(id bad id\)/);
  const notJson = parseEntries('[\n{"id": "a",\n oops}\n]');
  assert.equal(notJson.entries.length, 0);
  assert.match(notJson.problems[0].where, /line 3/);
});
