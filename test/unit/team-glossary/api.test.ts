import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { composeServices } from '../../../main/services/compose';
import type { ApiEvent } from '../../../main/api/contract/events';
import { bareRepository, entry, tempDir } from './fixtures';

test('through the API: configure, edit, sync, conflicts, resolve, history; the team layer is labelled in the layered glossary', async () => {
  const root = tempDir('api');
  const remote = bareRepository(root);
  const anna = await composeServices({ dataHome: path.join(root, 'anna'), host: 'test', appVersion: 'test' });
  const bo = await composeServices({ dataHome: path.join(root, 'bo'), host: 'test', appVersion: 'test' });
  const events: ApiEvent[] = [];
  bo.onEvent((event) => events.push(event));
  const call = async (services: typeof anna, method: string, params: unknown) => {
    const response = await services.dispatch(method, params, { host: 'test' });
    if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
    return response.result as any;
  };
  try {
    await call(anna, 'settings.update', { translatorName: 'Anna' });
    await call(bo, 'settings.update', { translatorName: 'Bo' });
    const bad = await anna.dispatch('team.configure', { remote: 'ftp://example.org/x' }, { host: 'test' });
    assert.equal(bad.ok, false);
    assert.equal(!bad.ok && bad.error.code, 'TEAM_BAD_REMOTE');

    assert.equal((await call(anna, 'team.configure', { remote })).configured, true);
    assert.equal((await call(bo, 'team.configure', { remote })).configured, true);
    const term = entry({ id: 'si-ge-quan-mian', zh: '四个全面', en: 'Four-pronged Comprehensive Strategy' });
    await call(anna, 'team.saveEntry', { entry: term });
    await call(anna, 'team.sync', {});
    await call(bo, 'team.sync', {});
    assert.ok(events.some((event) => event.type === 'team-sync' && event.state === 'idle'));
    assert.ok(events.some((event) => event.type === 'glossary-changed'), 'the layered glossary was told to reload');

    const layered = await call(bo, 'glossary.get', { id: 'si-ge-quan-mian' });
    assert.equal(layered.layer, 'team');
    assert.equal(layered.entry.en, 'Four-pronged Comprehensive Strategy');

    await call(anna, 'team.saveEntry', { entry: { ...term, en: 'Four Comprehensives' } });
    await call(bo, 'team.saveEntry', { entry: { ...term, en: 'the Four-pronged Comprehensive Strategy' } });
    await call(anna, 'team.sync', {});
    const report = await call(bo, 'team.sync', {});
    assert.equal(report.state, 'conflicts');
    const [conflict] = await call(bo, 'team.conflicts', {});
    assert.equal(conflict.theirs.by, 'Anna');
    assert.ok(events.some((event) => event.type === 'team-sync' && event.state === 'conflicts' && event.conflicts === 1));
    const bad2 = await bo.dispatch('team.resolve', { conflictId: conflict.id, choice: 'combined' }, { host: 'test' });
    assert.equal(!bad2.ok && bad2.error.code, 'TEAM_BAD_RESOLUTION');
    const resolved = await call(bo, 'team.resolve', { conflictId: conflict.id, choice: 'combined', value: 'Four-pronged Comprehensive Strategy (Four Comprehensives)' });
    assert.equal(resolved.sync.state, 'synced');
    await call(anna, 'team.sync', {});
    assert.equal((await call(anna, 'glossary.get', { id: 'si-ge-quan-mian' })).entry.en, 'Four-pronged Comprehensive Strategy (Four Comprehensives)');

    const history = await call(anna, 'team.history', { id: 'si-ge-quan-mian' });
    assert.deepEqual(history.map((v: { author: string }) => v.author).slice(0, 1), ['Bo']);
    const status = await call(anna, 'team.status', {});
    assert.equal(status.state, 'synced');
    assert.equal(status.entries, 1);
  } finally {
    await anna.dispose();
    await bo.dispose();
  }
});
