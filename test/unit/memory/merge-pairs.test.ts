import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergePairs } from '../../../main/memory/merge-pairs';
import { parseMemoryFile, serializeMemoryFile } from '../../../main/memory/memory-file';
import { confirmedPair } from '../../../main/memory/confirmed-pair';
import { ConfirmedSegmentFeed } from '../../../main/memory/confirmed-feed';
import { FuzzyIndex } from '../../../main/memory/fuzzy';
import type { MemoryEntry, NewMemoryPair } from '../../../main/memory/types';
import type { ProjectSegment } from '../../../main/project/schema';

const stamp = () => {
  let n = 0;
  return { now: '2026-05-01T00:00:00.000Z', newId: () => `id-${++n}` };
};

test('a re-confirmed segment updates its own entry; other sources of the same sentence are kept', () => {
  const first = mergePairs([], [{ zh: '市委召开全会。', en: 'A plenary.', origin: 'confirmed', segment: 'p:s1', createdBy: 'Chen', createdAt: '2026-04-01T00:00:00.000Z' }], stamp());
  assert.deepEqual([first.added, first.updated, first.skipped], [1, 0, 0]);
  const withAligned = mergePairs(first.entries, [{ zh: '市委召开全会。', en: 'The committee met.', origin: 'aligned' }], stamp());
  assert.equal(withAligned.entries.length, 2, 'another translation of the same sentence is added');

  const corrected = mergePairs(withAligned.entries, [{ zh: '市委 召开全会。', en: 'The plenary session.', origin: 'confirmed', segment: 'p:s1', createdBy: 'Wang', createdAt: '2026-04-02T00:00:00.000Z' }], stamp());
  assert.deepEqual([corrected.added, corrected.updated, corrected.skipped], [0, 1, 0]);
  assert.deepEqual(corrected.replaced.map((e) => [e.id, e.en, e.createdBy, e.changedBy, e.changedAt]), [['id-1', 'The plenary session.', 'Chen', 'Wang', '2026-04-02T00:00:00.000Z']]);
  assert.equal(corrected.entries.length, 2);

  const same = mergePairs(corrected.entries, [{ zh: '市委召开全会。', en: 'The  plenary session.', origin: 'confirmed', segment: 'p:s1' }], stamp());
  assert.deepEqual([same.added, same.updated, same.skipped], [0, 0, 1], 'spacing aside, unchanged');

  // The segment confirmed with the English another entry already holds: its own entry is superseded.
  const toAligned = mergePairs(corrected.entries, [{ zh: '市委召开全会。', en: 'The committee met.', origin: 'confirmed', segment: 'p:s1' }], stamp());
  assert.deepEqual([toAligned.added, toAligned.updated, toAligned.removed], [0, 1, ['id-1']]);
  assert.deepEqual(toAligned.entries.map((e) => e.origin), ['aligned']);
});

test('within one batch: empty pairs skipped, a segment confirmed twice ends as one entry in its last form', () => {
  const pairs: NewMemoryPair[] = [
    { zh: '  ', en: 'x', origin: 'confirmed' },
    { zh: '第一句。', en: 'First.', origin: 'confirmed', segment: 'p:s1' },
    { zh: '第一句。', en: 'The first.', origin: 'confirmed', segment: 'p:s1' },
    { zh: '第二句。', en: 'Second.', origin: 'aligned' },
    { zh: '第二句。', en: 'Second.', origin: 'imported' },
  ];
  const outcome = mergePairs([], pairs, stamp());
  assert.deepEqual([outcome.added, outcome.updated, outcome.skipped], [2, 0, 2]);
  assert.deepEqual(outcome.fresh.map((e) => e.en), ['The first.', 'Second.']);
});

test('confirmedPair: only confirmed body, headline and caption segments with English, keyed by project and segment', () => {
  const segment = (patch: Partial<ProjectSegment>): ProjectSegment =>
    ({ id: 's3', paragraph: 0, kind: 'body', text: '坚持制造业当家。', original: '', start: 0, end: 8, originalStart: 0, originalEnd: 8, target: 'Manufacturing first.', status: 'translated', modifiedAt: '2026-05-02T10:00:00.000Z', modifiedBy: 'Chen Li', ...patch }) as ProjectSegment;
  const project = { id: 'proj', name: 'Plenary' };
  assert.deepEqual(confirmedPair(project, segment({})), {
    zh: '坚持制造业当家。',
    en: 'Manufacturing first.',
    origin: 'confirmed',
    source: 'Plenary',
    segment: 'proj:s3',
    createdAt: '2026-05-02T10:00:00.000Z',
    createdBy: 'Chen Li',
  });
  assert.equal(confirmedPair(project, segment({ status: 'draft' })), undefined);
  assert.equal(confirmedPair(project, segment({ target: '  ' })), undefined);
  assert.equal(confirmedPair(project, segment({ kind: 'chrome' })), undefined);
  assert.ok(confirmedPair(project, segment({ kind: 'caption', status: 'reviewed' })));
});

test('the feed writes in batches, one write at a time, and reports failures without throwing', async () => {
  const writes: number[] = [];
  let release: () => void = () => undefined;
  const memory = {
    addPairs: async (pairs: readonly NewMemoryPair[]) => {
      writes.push(pairs.length);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
      if (pairs.some((p) => p.en === 'boom')) throw new Error('disk full');
      return { added: pairs.length, updated: 0, skipped: 0 };
    },
  };
  const errors: string[] = [];
  const feed = new ConfirmedSegmentFeed({ memory, onError: (error) => errors.push((error as Error).message) });
  const confirmed = (id: string, target: string) => ({ id, paragraph: 0, kind: 'body', text: `第${id}句。`, original: '', start: 0, end: 1, originalStart: 0, originalEnd: 1, target, status: 'translated' }) as ProjectSegment;
  const project = { id: 'p', name: 'P' };
  feed.segmentChanged(project, confirmed('1', 'One.'));
  for (let k = 2; k <= 200; k++) feed.segmentChanged(project, confirmed(String(k), `Sentence ${k}.`));
  feed.segmentChanged(project, { ...confirmed('x', 'draft'), status: 'draft' });
  release();
  await feed.settled();
  assert.deepEqual(writes, [1, 199], 'what arrived during the first write went in one second write');
  feed.segmentChanged(project, confirmed('b', 'boom'));
  await feed.settled();
  assert.deepEqual(errors, ['disk full']);
});

test('the memory file: round trip, unknown fields kept, bad input named', () => {
  const entries: MemoryEntry[] = [{ id: 'a', zh: '全会。', en: 'Plenary.', origin: 'aligned', createdAt: '2026-01-01T00:00:00.000Z' }];
  const text = serializeMemoryFile(entries);
  assert.deepEqual(parseMemoryFile(text, 'tm.json'), entries);
  const future = JSON.stringify({ format: 'duizhao-translation-memory', version: 1, entries: [{ ...entries[0], rating: 5 }] });
  assert.equal((parseMemoryFile(future, 'tm.json')[0] as unknown as { rating: number }).rating, 5);
  assert.throws(() => parseMemoryFile('{"format":"duizhao-translation-memory","entries":[', 'tm.json'), /tm\.json is damaged \(it is not valid JSON/);
  assert.throws(() => parseMemoryFile('{"format":"other","entries":[]}', 'tm.json'), /not a Duizhao translation memory/);
  assert.throws(() => parseMemoryFile(JSON.stringify({ format: 'duizhao-translation-memory', version: 9, entries: [] }), 'tm.json'), { code: 'MEMORY_TOO_NEW' });
  assert.throws(
    () => parseMemoryFile(JSON.stringify({ format: 'duizhao-translation-memory', version: 1, entries: [entries[0], { ...entries[0], id: 'b', origin: 'guessed' }] }), 'tm.json'),
    /entry 2 \("全会。"\) has a bad origin/,
  );
});

test('the fuzzy index follows replaced and removed entries', () => {
  const a: MemoryEntry = { id: 'a', zh: '市委召开全会。', en: 'Old.', origin: 'confirmed', createdAt: '2026-01-01' };
  const b: MemoryEntry = { id: 'b', zh: '市委召开常委会。', en: 'Standing.', origin: 'aligned', createdAt: '2026-01-01' };
  const index = new FuzzyIndex([a, b]);
  index.replace({ ...a, en: 'New.' });
  assert.equal(index.lookup('市委召开全会。')[0]?.entry.en, 'New.');
  index.remove('a');
  assert.deepEqual(index.lookup('市委召开全会。', { minScore: 0.5 }).map((m) => m.entry.id), ['b']);
});
