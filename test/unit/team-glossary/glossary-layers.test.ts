import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { composeServices, type ComposedServices } from '../../../main/services/compose';
import { createTeamGlossary } from '../../../main/team-glossary/create';
import { createGlossaryService } from '../../../main/glossary-service/create';
import { StaticGlossarySource } from '../../../main/glossary-service/builtin-source';
import { FileSettingsStore } from '../../../main/settings/file-store';
import { FileSecretStore } from '../../../main/settings/secret-store';
import type { TimerPort } from '../../../main/team-glossary/scheduler';
import { bareRepository, entry, makeClient, tempDir } from './fixtures';

/** Calls the API of one translator's composed services, throwing the API error (code, message) on failure. */
function caller(services: ComposedServices) {
  return async (method: string, params: unknown) => {
    const response = await services.dispatch(method, params, { host: 'test' });
    if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
    return response.result as any;
  };
}

test('the layered glossary writes to the team glossary: add, edit, deprecate, delete reach the other translator', async () => {
  const root = tempDir('layers');
  const remote = bareRepository(root);
  const anna = await composeServices({ dataHome: path.join(root, 'anna'), host: 'test', appVersion: 'test' });
  const bo = await composeServices({ dataHome: path.join(root, 'bo'), host: 'test', appVersion: 'test' });
  const a = caller(anna);
  const b = caller(bo);
  try {
    // Without a team glossary, saving there is refused clearly and nothing is written anywhere.
    await assert.rejects(a('glossary.add', { entry: { zh: '制造业当家', en: 'manufacturing first' }, layer: 'team' }), { code: 'GLOSSARY_NO_TEAM' });
    assert.equal((await a('glossary.list', { layer: 'personal' })).total, 0);
    await a('settings.update', { translatorName: 'Anna' });
    await b('settings.update', { translatorName: 'Bo' });
    await a('team.configure', { remote });
    await b('team.configure', { remote });

    const added = await a('glossary.add', { entry: { zh: '制造业当家', en: 'manufacturing as the mainstay', note: 'Nanfang Daily usage' }, layer: 'team' });
    assert.equal(added.id, 'u.zhi-zao-ye-dang-jia');
    assert.equal(added.createdBy, 'Anna');
    assert.equal((await a('glossary.get', { id: added.id })).layer, 'team');
    assert.equal((await a('team.entries', {})).length, 1, 'a team entry, not a personal one');
    await assert.rejects(a('glossary.add', { entry: { id: added.id, zh: '制造业当家', en: 'x' }, layer: 'team' }), { code: 'GLOSSARY_DUPLICATE_ID' });
    await a('team.sync', {});
    await b('team.sync', {});
    assert.equal((await b('glossary.get', { id: added.id })).entry.en, 'manufacturing as the mainstay');

    // Bo edits the note; Anna, who has not synced, changes only the English: both edits survive.
    await b('glossary.edit', { id: added.id, patch: { note: 'Nanfang Daily and Zhongshan Daily' }, layer: 'team' });
    await a('glossary.edit', { id: added.id, patch: { en: 'making manufacturing the mainstay' }, layer: 'team' });
    await b('team.sync', {});
    await a('team.sync', {});
    await b('team.sync', {});
    const both = (await b('glossary.get', { id: added.id })).entry;
    assert.equal(both.en, 'making manufacturing the mainstay');
    assert.equal(both.note, 'Nanfang Daily and Zhongshan Daily');
    assert.deepEqual(await b('team.conflicts', {}), []);
    const history = await b('team.history', { id: added.id });
    assert.ok(history.some((v: { author: string; fields: Array<{ field: string }> }) => v.author === 'Anna' && v.fields.some((f) => f.field === 'en')));

    // A personal override of a team entry is labelled as such, and the team's later edit stays visible under it.
    await b('glossary.edit', { id: added.id, patch: { en: 'manufacturing first (my wording)' } });
    let bos = await b('glossary.get', { id: added.id });
    assert.equal(bos.layer, 'personal');
    assert.deepEqual(bos.overrides.map((o: { layer: string }) => o.layer), ['team']);
    await a('glossary.edit', { id: added.id, patch: { alternates: ['manufacturing as the backbone'] }, layer: 'team' });
    await a('team.sync', {});
    await b('team.sync', {});
    bos = await b('glossary.get', { id: added.id });
    assert.equal(bos.entry.en, 'manufacturing first (my wording)');
    assert.deepEqual(bos.overrides[0].entry.alternates, ['manufacturing as the backbone']);
    // Saving it to the team: the team entry changes and Bo's personal copy goes, so he sees the team's.
    await b('glossary.edit', { id: added.id, patch: { en: 'manufacturing first' }, layer: 'team' });
    bos = await b('glossary.get', { id: added.id });
    assert.equal(bos.layer, 'team');
    assert.equal(bos.entry.en, 'manufacturing first');
    assert.deepEqual(bos.entry.alternates, ['manufacturing as the backbone'], 'the team fields the patch did not name are kept');

    // Deprecate and delete in the team; a built-in entry cannot be deleted from the team.
    await b('glossary.deprecate', { id: added.id, reason: 'slogan retired', layer: 'team' });
    await b('team.sync', {});
    await a('team.sync', {});
    const deprecated = (await a('glossary.get', { id: added.id })).entry;
    assert.equal(deprecated.status, 'deprecated');
    assert.match(deprecated.note, /Deprecated: slogan retired/);
    const [suggested] = await a('glossary.matchTexts', { texts: ['坚持制造业当家'] });
    assert.ok(!suggested.some((m: { term: { entry: { id: string } } }) => m.term.entry.id === added.id), 'a deprecated team entry is not suggested');
    assert.deepEqual(await a('glossary.delete', { id: added.id, layer: 'team' }), { id: added.id, layer: 'team' });
    await a('team.sync', {});
    await b('team.sync', {});
    await assert.rejects(b('glossary.get', { id: added.id }), { code: 'GLOSSARY_NO_SUCH_ENTRY' });
    const builtin = (await a('glossary.list', { layer: 'builtin', limit: 1 })).entries[0].entry.id;
    await assert.rejects(a('glossary.delete', { id: builtin, layer: 'team' }), { code: 'GLOSSARY_NOT_TEAM' });
    await assert.rejects(a('glossary.edit', { id: builtin, patch: { en: '' }, layer: 'team' }), { code: 'API_INVALID_PARAMS' });
  } finally {
    await anna.dispose();
    await bo.dispose();
  }
});

test('an edit of a team entry through the layered glossary schedules the debounced sync, which shares it', async () => {
  const root = tempDir('debounce');
  const remote = bareRepository(root);
  const home = path.join(root, 'anna');
  const timeouts: Array<{ ms: number; run: () => void }> = [];
  const timers: TimerPort = {
    setTimeout: (run, ms) => timeouts.push({ ms, run }),
    clearTimeout: () => undefined,
    setInterval: () => undefined,
    clearInterval: () => undefined,
  };
  const settings = FileSettingsStore.inDataHome(home);
  await settings.update({ translatorName: 'Anna' });
  let glossary: ReturnType<typeof createGlossaryService> | undefined;
  const team = createTeamGlossary({ dataHome: home, settings, secrets: FileSecretStore.inDataHome(home), emit: () => undefined, onGlossaryChanged: (reason) => glossary?.invalidate(reason), timers, debounceMs: 2500 });
  glossary = createGlossaryService({ dataHome: home, team: team.layer, builtin: new StaticGlossarySource('builtin', []), translator: async () => 'Anna' });
  const bo = await makeClient('Bo', root);
  try {
    await team.service.configure({ remote });
    await bo.service.configure({ remote });
    await bo.service.saveEntry(entry({ id: 'shen-zhong', zh: '深中通道', en: 'Shenzhen-Zhongshan Bridge' }));
    await bo.service.sync();
    await team.service.sync();

    await glossary.edit('shen-zhong', { en: 'Shenzhen-Zhongshan Link' }, 'team');
    assert.equal(timeouts.length, 1, 'the edit scheduled a sync');
    assert.equal(timeouts[0].ms, 2500);
    assert.equal((await team.service.status()).unpushed, true, 'committed locally, not yet shared');
    timeouts[0].run();
    await team.scheduler.idle();
    assert.equal((await team.service.status()).unpushed, false);
    await bo.service.sync();
    assert.equal((await bo.service.entries())[0].en, 'Shenzhen-Zhongshan Link');

    await glossary.edit('shen-zhong', { note: 'only mine' });
    assert.equal(timeouts.length, 1, 'a personal edit does not touch the team glossary');
  } finally {
    await team.dispose();
  }
});
