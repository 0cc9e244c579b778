import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSettingsStore } from '../../../main/settings/file-store';
import { normalizeSettings, withRecentProject } from '../../../main/settings/merge';

const home = () => mkdtempSync(join(tmpdir(), 'dz-settings-'));

test('a fresh data home gives the defaults; updates persist to settings.json and survive a new store', async () => {
  const dir = home();
  const store = FileSettingsStore.inDataHome(dir);
  assert.deepEqual(await store.get(), { theme: 'light', uiLanguage: 'en', translatorName: '', recentProjects: [] });
  await store.update({ theme: 'dark', translatorName: '陈伟' });
  await store.update({ uiLanguage: 'zh-CN' });
  const reread = await FileSettingsStore.inDataHome(dir).get();
  assert.equal(reread.theme, 'dark');
  assert.equal(reread.translatorName, '陈伟');
  assert.equal(reread.uiLanguage, 'zh-CN');
  assert.equal(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).theme, 'dark');
});

test('concurrent updates do not lose each other', async () => {
  const dir = home();
  const store = FileSettingsStore.inDataHome(dir);
  await Promise.all([store.update({ theme: 'dark' }), store.update({ translatorName: 'A' }), store.update({ windowState: { width: 1200, height: 800, maximized: true } })]);
  const settings = await FileSettingsStore.inDataHome(dir).get();
  assert.equal(settings.theme, 'dark');
  assert.equal(settings.translatorName, 'A');
  assert.deepEqual(settings.windowState, { width: 1200, height: 800, maximized: true });
});

test('an unreadable settings file is kept aside, not lost, and defaults are used', async () => {
  const dir = home();
  writeFileSync(join(dir, 'settings.json'), '{"theme": "dark", oops');
  const settings = await FileSettingsStore.inDataHome(dir).get();
  assert.equal(settings.theme, 'light');
  const aside = readdirSync(dir).filter((n) => n.startsWith('settings.json.unreadable-'));
  assert.equal(aside.length, 1);
  assert.equal(readFileSync(join(dir, aside[0]), 'utf8'), '{"theme": "dark", oops');
});

test('one invalid field falls back to its default without discarding the others', () => {
  const settings = normalizeSettings({ theme: 'purple', translatorName: 'Li', recentProjects: ['/a.duizhao'] });
  assert.equal(settings.theme, 'light');
  assert.equal(settings.translatorName, 'Li');
  assert.deepEqual(settings.recentProjects, ['/a.duizhao']);
});

test('recent projects: most recent first, no duplicates, bounded', () => {
  assert.deepEqual(withRecentProject(['/a', '/b', '/c'], '/b'), ['/b', '/a', '/c']);
  assert.deepEqual(withRecentProject(['/a', '/b', '/c'], '/d', 3), ['/d', '/a', '/b']);
});
