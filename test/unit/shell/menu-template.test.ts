import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMenuSpec, type MenuItemSpec } from '../../../main/shell/menu-template';
import { COMMAND_IDS } from '../../../renderer/src/shell/command-ids';

const flatten = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => (i.kind === 'submenu' ? [i, ...flatten(i.items)] : [i]));

test('File, Edit, View, Glossary and Help menus, with an app menu first on macOS', () => {
  const linux = buildMenuSpec({ isMac: false, uiLanguage: 'en', recentProjects: [], devTools: false });
  assert.deepEqual(linux.map((m) => m.label), ['File', 'Edit', 'View', 'Glossary', 'Help']);
  const mac = buildMenuSpec({ isMac: true, uiLanguage: 'en', recentProjects: [], devTools: false });
  assert.deepEqual(mac.map((m) => m.id), ['app', 'file', 'edit', 'view', 'glossary', 'help']);
  const zh = buildMenuSpec({ isMac: false, uiLanguage: 'zh-CN', recentProjects: [], devTools: false });
  assert.deepEqual(zh.map((m) => m.label), ['文件', '编辑', '视图', '术语', '帮助']);
});

test('the accelerators translators expect send the renderer its own command ids', () => {
  const items = buildMenuSpec({ isMac: false, uiLanguage: 'en', recentProjects: [], devTools: false }).flatMap((m) => flatten(m.items));
  const byAccelerator = new Map(items.filter((i) => (i.kind === 'command' || i.kind === 'action') && i.accelerator).map((i) => [(i as { accelerator: string }).accelerator, i]));
  const commandAt = (accelerator: string) => {
    const item = byAccelerator.get(accelerator);
    return item?.kind === 'command' ? item.command : item?.kind === 'action' ? item.action.type : undefined;
  };
  assert.equal(commandAt('CmdOrCtrl+Enter'), COMMAND_IDS.confirmSegment);
  assert.equal(commandAt('CmdOrCtrl+Shift+G'), COMMAND_IDS.addTerm);
  assert.equal(commandAt('CmdOrCtrl+F'), COMMAND_IDS.find);
  assert.equal(commandAt('F1'), COMMAND_IDS.shortcuts);
  assert.equal(commandAt('CmdOrCtrl+S'), COMMAND_IDS.saveProject);
  assert.equal(commandAt('CmdOrCtrl+Shift+S'), COMMAND_IDS.saveProjectAs);
  assert.equal(commandAt('CmdOrCtrl+O'), 'open-project');
  assert.equal(commandAt('CmdOrCtrl+N'), 'new-from-file');
  const known = new Set<string>(Object.values(COMMAND_IDS));
  for (const item of items) if (item.kind === 'command') assert.ok(known.has(item.command), `${item.command} is a renderer command`);
  const roles = items.filter((i) => i.kind === 'role').map((i) => (i as { role: string }).role);
  for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']) assert.ok(roles.includes(role), role);
  assert.ok(!roles.includes('toggleDevTools'), 'no developer tools in packaged builds');
});

test('Open Recent lists the recent projects, or says there are none', () => {
  const spec = buildMenuSpec({ isMac: false, uiLanguage: 'en', recentProjects: ['/work/a/plenary.duizhao', '/work/b/economy.duizhao'], devTools: true });
  const recent = spec[0].items.find((i) => i.kind === 'submenu');
  assert.ok(recent && recent.kind === 'submenu');
  const opens = recent.items.filter((i) => i.kind === 'action' && i.action.type === 'open-recent');
  assert.deepEqual(opens.map((i) => (i as { action: { path: string } }).action.path), ['/work/a/plenary.duizhao', '/work/b/economy.duizhao']);
  assert.match((opens[0] as { label: string }).label, /^plenary\.duizhao/);
  const empty = buildMenuSpec({ isMac: false, uiLanguage: 'en', recentProjects: [], devTools: false })[0].items.find((i) => i.kind === 'submenu');
  assert.ok(empty && empty.kind === 'submenu');
  assert.deepEqual(empty.items.map((i) => (i as { enabled?: boolean }).enabled), [false]);
});
