import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termEntrySchema, type TermEntry } from '../../../glossary/engine/entry';
import type { ResolvedEntry } from '../../../glossary/engine/layers';
import { baseVersion, defaultSaveLayer, deleteAction, hasTeamHistory, overriddenLayer, patchFor } from '../../../renderer/src/glossary/save-target';

const team = termEntrySchema.parse({ id: 'u.zhi-zao-ye-dang-jia', zh: '制造业当家', en: 'manufacturing as the mainstay', note: 'Nanfang Daily', sources: [{ authority: 'Nanfang Daily' }], status: 'approved' });
const mine: TermEntry = { ...team, en: 'manufacturing first' };
const teamEntry: ResolvedEntry = { entry: team, layer: 'team', overrides: [] };
const override: ResolvedEntry = { entry: mine, layer: 'personal', overrides: [{ layer: 'team', entry: team }] };
const personal: ResolvedEntry = { entry: mine, layer: 'personal', overrides: [] };
const builtin: ResolvedEntry = { entry: team, layer: 'builtin', overrides: [] };

test('where a change goes by default: the team for team entries, built-in ones and new terms when a team is set', () => {
  assert.equal(defaultSaveLayer(teamEntry, true), 'team');
  assert.equal(defaultSaveLayer(builtin, true), 'team');
  assert.equal(defaultSaveLayer(undefined, true), 'team');
  assert.equal(defaultSaveLayer(override, true), 'personal');
  assert.equal(defaultSaveLayer(personal, true), 'personal');
  for (const resolved of [teamEntry, builtin, undefined, override]) assert.equal(defaultSaveLayer(resolved, false), 'personal');
});

test('an override is recognised; an edit starts from the version of the glossary it is saved to', () => {
  assert.equal(overriddenLayer(override), 'team');
  assert.equal(overriddenLayer(personal), undefined);
  assert.equal(overriddenLayer(teamEntry), undefined);
  assert.equal(baseVersion(override, 'team'), team);
  assert.equal(baseVersion(override, 'personal'), mine);
  assert.equal(baseVersion(builtin, 'personal'), team, 'a first personal copy starts from what is shown');
});

test('the patch names only the fields the form changed; a cleared note is an empty string', () => {
  const form = { zh: team.zh, en: team.en, alternates: [], forbidden: [], note: team.note, sources: team.sources, status: team.status };
  assert.deepEqual(patchFor(team, form), {});
  assert.deepEqual(patchFor(team, { ...form, en: 'manufacturing first', alternates: ['manufacturing as the backbone'] }), { en: 'manufacturing first', alternates: ['manufacturing as the backbone'] });
  assert.deepEqual(patchFor(team, { ...form, note: undefined }), { note: '' });
  assert.deepEqual(patchFor(team, { ...form, sources: [{ authority: 'Nanfang Daily', reference: undefined }] }), {}, 'an empty reference is no change');
  // Saved to the team from an override, the form's values are compared with the team's version.
  assert.deepEqual(patchFor(baseVersion(override, 'team'), { ...form, en: mine.en }), { en: 'manufacturing first' });
});

test('delete and history actions follow where the entry lives', () => {
  assert.deepEqual(deleteAction(override, true), { layer: 'personal', kind: 'removeOverride' });
  assert.deepEqual(deleteAction(personal, false), { layer: 'personal', kind: 'deletePersonal' });
  assert.deepEqual(deleteAction(teamEntry, true), { layer: 'team', kind: 'deleteTeam' });
  assert.equal(deleteAction(builtin, true), undefined);
  assert.equal(hasTeamHistory(teamEntry, true), true);
  assert.equal(hasTeamHistory(override, true), true, 'the team version under an override has a history');
  assert.equal(hasTeamHistory(personal, true), false);
  assert.equal(hasTeamHistory(teamEntry, false), false);
});
