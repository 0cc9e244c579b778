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

test('the menu shows the keys the renderer binds, from the one key table, and lists every capability', async () => {
  const { CommandRegistry } = await import('../../../renderer/src/shell/commands');
  const { COMMAND_KEYS, keysOf } = await import('../../../renderer/src/shell/command-keys');
  const { toElectronAccelerator } = await import('../../../renderer/src/shell/keybindings');
  const items = buildMenuSpec({ isMac: false, uiLanguage: 'en', recentProjects: [], devTools: false }).flatMap((m) => flatten(m.items));
  const commands = items.filter((i): i is Extract<MenuItemSpec, { kind: 'command' }> => i.kind === 'command');
  for (const item of commands) {
    const keys = COMMAND_KEYS[item.command as keyof typeof COMMAND_KEYS];
    assert.equal(item.accelerator, keys ? toElectronAccelerator(keys[0]!) : undefined, `${item.command} shows the key the renderer binds`);
  }
  // Every key the table gives is one the renderer's registry accepts, and no two commands share a key.
  const registry = new CommandRegistry();
  for (const [id] of Object.entries(COMMAND_KEYS)) registry.register({ id, label: { en: id, 'zh-CN': id }, keybindings: keysOf(id as never), run() {} });
  const all = Object.values(COMMAND_KEYS).flatMap((keys) => [...keys!]);
  assert.equal(new Set(all).size, all.length, 'no key is bound twice');
  // The shell's own new-from-file key is not one the renderer binds (it would run twice).
  assert.ok(!all.includes('Ctrl+N'));
  const shown = new Set(commands.map((i) => i.command));
  for (const id of [COMMAND_IDS.exportProject, COMMAND_IDS.importReview, COMMAND_IDS.importTranslation, COMMAND_IDS.importTmx, COMMAND_IDS.teamConflicts, COMMAND_IDS.teamSync, COMMAND_IDS.nextUnconfirmed, COMMAND_IDS.showOriginal, COMMAND_IDS.memoryPanel, COMMAND_IDS.memoryConcordance, COMMAND_IDS.exportMemory, COMMAND_IDS.settings]) {
    assert.ok(shown.has(id), `${id} is in the native menu`);
  }
  const open = items.find((i) => i.kind === 'action' && i.action.type === 'open-project');
  assert.ok(open?.kind === 'action' && open.keyInRenderer, 'Ctrl+O is the renderer’s (it asks the shell for a window), so it never fires twice');
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
