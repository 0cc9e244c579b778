import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActiveMatches } from '../../../renderer/src/memory/active-matches';
import { highlighted, hitsByPair, percent, provenance, storedSourceParts } from '../../../renderer/src/memory/match-format';
import { FuzzyIndex } from '../../../main/memory/fuzzy';
import type { FuzzyMatch, MemoryEntry } from '../../../main/memory/types';

const entry: MemoryEntry = { id: 'e1', zh: '中山市委召开十五届七次全会。', en: 'The seventh plenary session.', origin: 'confirmed', createdAt: '2026-04-18T09:00:00.000Z', createdBy: 'Chen Li', source: 'Plenary' };

test('scores read as translators expect: only an identical sentence is 100%', () => {
  assert.deepEqual([1, 0.999, 0.929, 0.5].map(percent), ['100%', '99%', '92%', '50%']);
});

test('the stored sentence with what differs from the current one marked', () => {
  const [match] = new FuzzyIndex([entry]).lookup('中山市委召开十五届八次全会。');
  const parts = storedSourceParts(match!.diff);
  assert.equal(parts.filter((p) => p.mark !== 'new').map((p) => p.text).join(''), entry.zh, 'unmarked and struck-through parts spell the stored sentence');
  assert.deepEqual(parts.filter((p) => p.mark).map((p) => `${p.mark}:${p.text}`).sort(), ['new:八', 'old:七']);
});

test('concordance hits: ranges highlighted, both sides of a pair together', () => {
  assert.deepEqual(highlighted('推进百千万工程，百千万工程', [[8, 13], [2, 7]]), [
    { text: '推进', hit: false },
    { text: '百千万工程', hit: true },
    { text: '，', hit: false },
    { text: '百千万工程', hit: true },
  ]);
  const pairs = hitsByPair([
    { entry, side: 'zh', ranges: [[11, 13]] },
    { entry, side: 'en', ranges: [[4, 11]] },
  ]);
  assert.deepEqual(pairs, [{ entry, zh: [[11, 13]], en: [[4, 11]] }]);
  assert.deepEqual(provenance({ ...entry, changedAt: '2026-05-02T09:00:00.000Z', changedBy: 'Wang Fang' }, 'en'), ['Plenary', 'Wang Fang', '2 May 2026']);
});

test('matches are looked up when the segment changes, once for a quick run of rows, and stale answers dropped', async () => {
  const asked: string[] = [];
  const answers = new Map<string, (m: FuzzyMatch[]) => void>();
  const matches = new ActiveMatches({
    lookup: (text) => {
      asked.push(text);
      return new Promise((resolve) => answers.set(text, resolve));
    },
    onError: () => assert.fail('no error expected'),
    delayMs: 10,
  });
  const seen: string[] = [];
  matches.onChange((state) => seen.push(`${state.segmentId}:${state.loading}:${state.matches.length}`));
  matches.show('s1', '第一句。');
  matches.show('s2', '第二句。');
  matches.show('s3', '第三句。');
  matches.show('s3', '第三句。');
  await new Promise((r) => setTimeout(r, 30));
  assert.deepEqual(asked, ['第三句。'], 'only the row the translator stopped on');
  matches.refresh();
  await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(asked, ['第三句。', '第三句。']);
  answers.get('第三句。')!([{ entry, score: 0.9, diff: [] }]);
  await new Promise((r) => setTimeout(r, 5));
  assert.equal(matches.current().matches.length, 1);
  matches.show('s4', '');
  assert.deepEqual(matches.current(), { segmentId: 's4', source: '', matches: [], loading: false });
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(asked.length, 2, 'an empty source is not looked up');
  assert.equal(seen.at(-1), 's4:false:0');
  matches.dispose();
});

test('a replacement reads stored first, then current', () => {
  const parts = storedSourceParts([
    { text: '十五届', kind: 'same' },
    { text: '八', kind: 'query-only' },
    { text: '七', kind: 'memory-only' },
    { text: '次', kind: 'same' },
  ]);
  assert.deepEqual(parts, [{ text: '十五届' }, { text: '七', mark: 'old' }, { text: '八', mark: 'new' }, { text: '次' }]);
});
