import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TermEntry } from '../../../glossary/engine/entry';
import { mergeGlossaries, mergeListField } from '../../../main/team-glossary/merge';
import { diffEntries } from '../../../main/team-glossary/entry-diff';
import { addConflicts, refreshConflict, resolvedEntry, toTeamConflict } from '../../../main/team-glossary/conflicts';
import { entry } from './fixtures';

const glossary = (...entries: TermEntry[]) => new Map(entries.map((e) => [e.id, e]));
const base = entry({ id: 'x', zh: '新质生产力', en: 'new quality productive forces', alternates: ['new productive forces'], note: 'since 2023' });
const who = { by: 'Anna', at: '2026-01-01T00:00:00.000Z', commit: 'a'.repeat(40) };
const whoB = { by: 'Bo', at: '2026-01-02T00:00:00.000Z', commit: 'b'.repeat(40) };

test('different entries merge silently', () => {
  const mine = glossary(base, entry({ id: 'mine-only' }));
  const theirs = glossary(base, entry({ id: 'theirs-only' }));
  const result = mergeGlossaries(glossary(base), mine, theirs);
  assert.deepEqual([...result.entries.keys()], ['mine-only', 'theirs-only', 'x']);
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.changedFromMine, ['theirs-only']);
});

test('different fields of one entry merge silently; the later modifiedBy/At wins without a conflict', () => {
  const mine = { ...base, note: 'used by Xinhua since 2023', modifiedBy: 'Anna', modifiedAt: '2026-01-01T00:00:00.000Z' };
  const theirs = { ...base, en: 'new-quality productive forces', modifiedBy: 'Bo', modifiedAt: '2026-01-02T00:00:00.000Z' };
  const result = mergeGlossaries(glossary(base), glossary(mine), glossary(theirs));
  assert.deepEqual(result.conflicts, []);
  const merged = result.entries.get('x')!;
  assert.equal(merged.note, 'used by Xinhua since 2023');
  assert.equal(merged.en, 'new-quality productive forces');
  assert.equal(merged.modifiedBy, 'Bo');
});

test('the same field changed on both sides is a conflict with both values; the merge keeps theirs meanwhile', () => {
  const result = mergeGlossaries(glossary(base), glossary({ ...base, en: 'A' }), glossary({ ...base, en: 'B' }));
  assert.equal(result.conflicts.length, 1);
  const [conflict] = result.conflicts;
  assert.equal(conflict.field, 'en');
  assert.equal(conflict.base, 'new quality productive forces');
  assert.deepEqual(conflict.mine, { deleted: false, value: 'A' });
  assert.deepEqual(conflict.theirs, { deleted: false, value: 'B' });
  assert.equal(result.entries.get('x')!.en, 'B');
});

test('the same change on both sides is not a conflict', () => {
  const result = mergeGlossaries(glossary(base), glossary({ ...base, en: 'A' }), glossary({ ...base, en: 'A' }));
  assert.deepEqual(result.conflicts, []);
});

test('a note cleared on one side and edited on the other is a conflict; a cleared side has no value', () => {
  const { note: _dropped, ...cleared } = base;
  const result = mergeGlossaries(glossary(base), glossary(cleared as TermEntry), glossary({ ...base, note: 'edited' }));
  assert.equal(result.conflicts.length, 1);
  assert.deepEqual(result.conflicts[0].mine, { deleted: false });
});

test('deleted on one side, edited on the other: a whole-entry conflict, and the edited entry is kept', () => {
  const edited = { ...base, en: 'edited' };
  for (const [mine, theirs] of [[glossary(), glossary(edited)], [glossary(edited), glossary()]] as const) {
    const result = mergeGlossaries(glossary(base), mine, theirs);
    assert.equal(result.conflicts.length, 1);
    assert.equal(result.conflicts[0].field, null);
    assert.equal(result.entries.get('x')!.en, 'edited');
  }
  // Deleted on one side and untouched on the other: deleted.
  assert.equal(mergeGlossaries(glossary(base), glossary(), glossary(base)).entries.has('x'), false);
  // Deleted on both: no conflict.
  assert.deepEqual(mergeGlossaries(glossary(base), glossary(), glossary()).conflicts, []);
});

test('the same id added on both sides: equal fields merge, differing fields conflict; the first creation is kept', () => {
  const a = entry({ id: 'n', zh: '深中通道', en: 'Shenzhen-Zhongshan Link', createdBy: 'Anna', createdAt: '2026-01-01T00:00:00.000Z' });
  const b = entry({ id: 'n', zh: '深中通道', en: 'Shenzhen-Zhongshan Corridor', createdBy: 'Bo', createdAt: '2026-01-02T00:00:00.000Z' });
  const result = mergeGlossaries(glossary(), glossary(a), glossary(b));
  assert.deepEqual(result.conflicts.map((c) => c.field), ['en']);
  assert.equal(result.entries.get('n')!.createdBy, 'Anna');
});

test('list fields merge as sets: both additions kept, a removal respected, two versions of one item conflict', () => {
  assert.deepEqual(mergeListField('alternates', ['a'], ['a', 'b'], ['a', 'c']), ['a', 'b', 'c']);
  assert.deepEqual(mergeListField('alternates', ['a', 'b'], ['b'], ['a', 'b', 'c']), ['b', 'c']);
  const forbiddenBase = [{ text: 'millions project' }];
  assert.equal(
    mergeListField('forbidden', forbiddenBase, [{ text: 'millions project', reason: 'A' }], [{ text: 'millions project', reason: 'B' }]),
    null,
  );
  const result = mergeGlossaries(
    glossary(base),
    glossary({ ...base, alternates: [...base.alternates, 'NQPF'] }),
    glossary({ ...base, alternates: [...base.alternates, 'new-type productive forces'] }),
  );
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.entries.get('x')!.alternates, ['new productive forces', 'NQPF', 'new-type productive forces']);
});

test('resolutions: mine, theirs, combined (validated), and delete/edit', () => {
  const [fieldConflict] = mergeGlossaries(glossary(base), glossary({ ...base, en: 'A' }), glossary({ ...base, en: 'B' })).conflicts;
  const stored = toTeamConflict(fieldConflict, base.zh, who, whoB, who.at);
  const current = { ...base, en: 'B' };
  assert.equal(resolvedEntry(stored, 'mine', current)!.en, 'A');
  assert.equal(resolvedEntry(stored, 'theirs', current)!.en, 'B');
  assert.equal(resolvedEntry(stored, 'combined', current, 'A (B)')!.en, 'A (B)');
  assert.throws(() => resolvedEntry(stored, 'combined', current, ''), { code: 'TEAM_BAD_RESOLUTION' });

  const [wholeConflict] = mergeGlossaries(glossary(base), glossary(), glossary({ ...base, en: 'kept' })).conflicts;
  const whole = toTeamConflict(wholeConflict, base.zh, who, whoB, who.at);
  assert.equal(resolvedEntry(whole, 'mine', { ...base, en: 'kept' }), null);
  assert.equal(resolvedEntry(whole, 'theirs', { ...base, en: 'kept' })!.en, 'kept');
});

test('a stored conflict follows later team edits, and becomes whole-entry when the entry is deleted', () => {
  const [fieldConflict] = mergeGlossaries(glossary(base), glossary({ ...base, en: 'A' }), glossary({ ...base, en: 'B' })).conflicts;
  const stored = toTeamConflict(fieldConflict, base.zh, who, whoB, who.at);
  const before = glossary({ ...base, en: 'B' });
  assert.equal(refreshConflict(stored, before, before, whoB), stored);
  const updated = refreshConflict(stored, before, glossary({ ...base, en: 'C' }), { ...whoB, by: 'Chen' })!;
  assert.equal(updated.theirs.value, 'C');
  assert.equal(updated.theirs.by, 'Chen');
  assert.equal(refreshConflict(stored, before, glossary({ ...base, en: 'A' }), whoB), null, 'someone settled it as mine');
  const deleted = refreshConflict(stored, before, glossary(), whoB)!;
  assert.equal(deleted.field, null);
  assert.equal(deleted.theirs.deleted, true);
  assert.equal((deleted.mine.value as TermEntry).en, 'A');
  assert.deepEqual(addConflicts([stored], [deleted]).map((c) => c.id), ['x/*', 'x/en']);
});

test('field-level diff for history', () => {
  assert.deepEqual(diffEntries(base, { ...base, en: 'y', modifiedAt: 'later' }), [{ field: 'en', before: base.en, after: 'y' }]);
  assert.deepEqual(diffEntries(null, base).map((c) => c.field), ['zh', 'en', 'alternates', 'note', 'status']);
});
