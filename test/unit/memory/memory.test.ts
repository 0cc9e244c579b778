import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TranslationMemory } from '../../../main/memory/store';
import { FuzzyIndex } from '../../../main/memory/fuzzy';
import { concordance } from '../../../main/memory/concordance';

async function tempHome(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'dz-memory-'));
}

const PAIRS = [
  { zh: '市委召开全体会议。', en: 'The municipal Party committee held a plenary session.', origin: 'aligned' as const },
  { zh: '中山市委召开十五届七次全会。', en: 'The 15th CPC Zhongshan Municipal Committee held its seventh plenary session.', origin: 'confirmed' as const },
  { zh: '坚持制造业当家。', en: 'We will keep manufacturing as the mainstay.', origin: 'aligned' as const },
];

test('pairs are stored under the data home, survive a new instance, and duplicates are skipped', async () => {
  const home = await tempHome();
  const memory = TranslationMemory.inDataHome(home);
  assert.deepEqual(await memory.addPairs(PAIRS), { added: 3, updated: 0, skipped: 0 });
  assert.deepEqual(await memory.addPairs([PAIRS[0], { zh: ' ', en: 'x', origin: 'aligned' }]), { added: 0, updated: 0, skipped: 2 });
  const reopened = TranslationMemory.inDataHome(home);
  const all = await reopened.allPairs();
  assert.equal(all.length, 3);
  assert.equal(all[1].origin, 'confirmed');
  assert.ok(all.every((e) => e.id && e.createdAt));
  const files = await fs.readdir(path.join(home, 'memory'));
  assert.deepEqual(files, ['translation-memory.json'], 'no temp files left behind');
});

test('fuzzy lookup ranks by edit distance and shows the differences', async () => {
  const memory = TranslationMemory.inDataHome(await tempHome());
  await memory.addPairs(PAIRS);
  const matches = await memory.lookup('中山市委召开十五届八次全会。');
  assert.equal(matches[0].entry.en, PAIRS[1].en);
  assert.ok(matches[0].score > 0.85 && matches[0].score < 1, `score ${matches[0].score}`);
  const changed = matches[0].diff.filter((p) => p.kind !== 'same');
  assert.deepEqual(changed.map((p) => [p.kind, p.text]).sort(), [['memory-only', '七'], ['query-only', '八']]);
  const exact = await memory.lookup('坚持制造业当家。');
  assert.equal(exact[0].score, 1);
  assert.deepEqual(await memory.lookup('今天天气很好。'), [], 'nothing similar, nothing returned');
});

test('full-width digits and spaces do not spoil a match', () => {
  const index = new FuzzyIndex([{ id: '1', zh: '全市GDP增长5%。', en: 'GDP grew 5%.', origin: 'aligned', createdAt: '2026-01-01' }]);
  assert.equal(index.lookup('全市 GDP 增长５%。')[0]?.score, 1);
});

test('concordance finds a phrase on either side with its positions', async () => {
  const memory = TranslationMemory.inDataHome(await tempHome());
  await memory.addPairs(PAIRS);
  const zhHits = await memory.concordance('全会');
  assert.equal(zhHits.length, 1);
  assert.deepEqual(zhHits[0].ranges, [[11, 13]]);
  const enHits = await memory.concordance('PLENARY SESSION', { side: 'en' });
  assert.equal(enHits.length, 2);
  assert.ok(enHits.every((h) => h.side === 'en'));
});

test('a damaged memory file is reported and never overwritten', async () => {
  const home = await tempHome();
  const file = path.join(home, 'memory', 'translation-memory.json');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, '{"format": "duizhao-translation-memory", "entries": [');
  const memory = TranslationMemory.inDataHome(home);
  await assert.rejects(memory.addPairs(PAIRS), { code: 'MEMORY_CORRUPT' });
  assert.equal(await fs.readFile(file, 'utf8'), '{"format": "duizhao-translation-memory", "entries": [');
});

test('concurrent additions are all kept', async () => {
  const home = await tempHome();
  const memory = TranslationMemory.inDataHome(home);
  await Promise.all(Array.from({ length: 20 }, (_, k) => memory.addPairs([{ zh: `第${k}句。`, en: `Sentence ${k}.`, origin: 'confirmed' }])));
  assert.equal((await TranslationMemory.inDataHome(home).allPairs()).length, 20);
});

const pair = (i: number, en = `Sentence ${i}.`) => ({ zh: `第${i}句话。`, en, origin: 'confirmed' as const, segment: `p:s${i}` });

test('after the memory file exists, changes are appended to its journal; a new instance sees them; the journal is folded in once it is long', async () => {
  const home = await tempHome();
  const memory = TranslationMemory.inDataHome(home);
  await memory.addPairs([pair(0)]);
  const fileAfterFirst = await fs.readFile(memory.file, 'utf8');
  await memory.addPairs([pair(1)]);
  await memory.addPairs([pair(1, 'Sentence one, corrected.')]);
  assert.equal(await fs.readFile(memory.file, 'utf8'), fileAfterFirst, 'the memory file is not rewritten for a confirm');
  const lines = (await fs.readFile(memory.journal, 'utf8')).trimEnd().split('\n');
  assert.equal(lines.length, 2);
  const reopened = TranslationMemory.inDataHome(home);
  assert.deepEqual((await reopened.allPairs()).map((e) => e.en), ['Sentence 0.', 'Sentence one, corrected.']);

  // 1,999 more changes pass the limit of 2,000 journal records: the file is written whole, the journal goes.
  await reopened.addPairs(Array.from({ length: 1500 }, (_, i) => pair(i + 2)));
  assert.equal((await fs.readFile(memory.journal, 'utf8')).trimEnd().split('\n').length, 1502);
  await reopened.addPairs(Array.from({ length: 499 }, (_, i) => pair(i + 1502)));
  await assert.rejects(fs.stat(reopened.journal), { code: 'ENOENT' });
  const whole = JSON.parse(await fs.readFile(memory.file, 'utf8')) as { entries: unknown[] };
  assert.equal(whole.entries.length, 2001);
  assert.deepEqual(await fs.readdir(path.dirname(memory.file)), ['translation-memory.json'], 'no temp files left behind');
});

test('a journal line cut short by a crash is ignored and the next change writes the file whole; a journal replayed twice changes nothing', async () => {
  const home = await tempHome();
  const memory = TranslationMemory.inDataHome(home);
  await memory.addPairs([pair(0)]);
  await memory.addPairs([pair(1)]);
  // The aligned English of sentence 2 already stored: re-confirming segment 2 with it removes segment 2's own entry.
  await memory.addPairs([pair(2), { zh: '第2句话。', en: 'The second sentence.', origin: 'aligned' }]);
  await memory.addPairs([pair(2, 'The second sentence.')]);
  const journal = await fs.readFile(memory.journal, 'utf8');
  assert.match(journal, /"remove":/);
  const expected = (await memory.allPairs()).map((e) => `${e.origin}:${e.en}`);
  assert.deepEqual(expected, ['confirmed:Sentence 0.', 'confirmed:Sentence 1.', 'aligned:The second sentence.']);

  await fs.appendFile(memory.journal, '{"put":{"id":"x","zh":"第三');
  const afterCrash = TranslationMemory.inDataHome(home);
  assert.deepEqual((await afterCrash.allPairs()).map((e) => `${e.origin}:${e.en}`), expected);
  await afterCrash.addPairs([pair(3)]);
  await assert.rejects(fs.stat(memory.journal), { code: 'ENOENT' });
  const entries = (await TranslationMemory.inDataHome(home).allPairs()).map((e) => e.en);
  assert.deepEqual(entries, ['Sentence 0.', 'Sentence 1.', 'The second sentence.', 'Sentence 3.']);

  // A crash after the whole file was written but before the journal was removed: the journal's changes
  // are in the file already, and replaying them again gives the same memory.
  await fs.writeFile(memory.journal, journal);
  assert.deepEqual((await TranslationMemory.inDataHome(home).allPairs()).map((e) => e.en), entries);
});

test('a damaged journal is reported and neither it nor the memory file is written to', async () => {
  const home = await tempHome();
  const memory = TranslationMemory.inDataHome(home);
  await memory.addPairs([pair(0)]);
  await memory.addPairs([pair(1)]);
  const file = await fs.readFile(memory.file, 'utf8');
  const damaged = (await fs.readFile(memory.journal, 'utf8')) + 'not json\n' + '{"put":{"id":"y","zh":"x","en":"y","origin":"confirmed","createdAt":"2026-01-01"}}\n';
  await fs.writeFile(memory.journal, damaged);
  const reopened = TranslationMemory.inDataHome(home);
  await assert.rejects(reopened.addPairs([pair(2)]), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'MEMORY_CORRUPT');
    assert.match(error.message, /translation-memory\.journal\.jsonl is damaged \(line 2 is not a change Duizhao wrote\) and was left untouched/);
    return true;
  });
  assert.equal(await fs.readFile(memory.journal, 'utf8'), damaged);
  assert.equal(await fs.readFile(memory.file, 'utf8'), file);
});

test('two instances on one data home (the app and `duizhao memory import`) see each other’s pairs and never write over them', async () => {
  const home = await tempHome();
  const app = TranslationMemory.inDataHome(home);
  const cli = TranslationMemory.inDataHome(home);
  await app.addPairs([pair(0)]);
  assert.equal((await app.lookup('第0句话。'))[0]?.entry.en, 'Sentence 0.');
  // The CLI imports a TMX-sized batch (the file is written whole), then the app confirms a segment.
  await cli.addPairs(Array.from({ length: 2500 }, (_, i) => pair(i + 1)));
  await app.addPairs([pair(9000)]);
  assert.equal((await app.lookup('第2500句话。'))[0]?.entry.en, 'Sentence 2500.', 'the app sees the import');
  await cli.addPairs([pair(9001)]);
  // The app's next large write folds everything in, its own confirm and the CLI's alike.
  await app.addPairs(Array.from({ length: 2100 }, (_, i) => pair(i + 10_000)));
  const all = (await TranslationMemory.inDataHome(home).allPairs()).map((e) => e.en);
  assert.equal(all.length, 1 + 2500 + 2 + 2100);
  assert.ok(all.includes('Sentence 9000.') && all.includes('Sentence 9001.') && all.includes('Sentence 2500.'));
  assert.equal(new Set((await cli.allPairs()).map((e) => e.id)).size, all.length);
});

test('fuzzy lookup: one-character entries, characters outside the BMP, removed entries', () => {
  const at = '2026-01-01';
  const index = new FuzzyIndex([
    { id: 'a', zh: '是', en: 'yes', origin: 'imported', createdAt: at },
    { id: 'b', zh: '𠮷野家开业了。', en: 'Yoshinoya opened.', origin: 'imported', createdAt: at },
    { id: 'c', zh: '市委召开全会。', en: 'Plenary.', origin: 'imported', createdAt: at },
  ]);
  assert.equal(index.lookup('是')[0]?.entry.id, 'a');
  const astral = index.lookup('𠮷野家开业啦。');
  assert.equal(astral[0]?.entry.id, 'b');
  assert.equal(astral[0]?.score, 0.857, 'one character of seven differs: the astral one counts as one');
  index.remove('c');
  assert.deepEqual(index.lookup('市委召开全会。'), []);
  index.add({ id: 'c2', zh: '市委召开全会。', en: 'The plenary.', origin: 'imported', createdAt: at });
  assert.equal(index.lookup('市委召开全会。')[0]?.entry.id, 'c2');
});

test('concordance: newest first, the same date in the memory’s order, both sides, at most `limit` hits', () => {
  const entry = (id: string, createdAt: string, changedAt?: string) => ({ id, zh: `${id}召开全会。`, en: `${id} held a plenary session.`, origin: 'imported' as const, createdAt, ...(changedAt ? { changedAt } : {}) });
  const entries = [entry('a', '2026-01-05'), entry('b', '2026-03-01'), entry('c', '2026-01-05'), entry('d', '2025-12-31', '2026-04-01'), entry('e', '2026-02-01')];
  const ids = (hits: ReturnType<typeof concordance>) => hits.map((h) => `${h.entry.id}:${h.side}`);
  assert.deepEqual(ids(concordance(entries, '全会', { limit: 3 })), ['d:zh', 'b:zh', 'e:zh']);
  assert.deepEqual(ids(concordance(entries, '全会')), ['d:zh', 'b:zh', 'e:zh', 'a:zh', 'c:zh']);
  assert.deepEqual(ids(concordance(entries, 'PLENARY', { side: 'en', limit: 2 })), ['d:en', 'b:en']);
  assert.deepEqual(ids(concordance(entries, 'a', { limit: 3 })), ['d:en', 'b:en', 'e:en'], 'English side, case-insensitive');
  assert.deepEqual(concordance(entries, '  '), []);
});
