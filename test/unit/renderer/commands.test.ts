import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommandRegistry } from '../../../renderer/src/shell/commands';
import { formatKeybinding, parseKeybinding, toElectronAccelerator } from '../../../renderer/src/shell/keybindings';

const press = (key: string, code: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  code,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});
const context = { editorFocused: true, projectOpen: true, isMac: false };

test('keybindings parse, format and convert to Electron accelerators', () => {
  assert.deepEqual(parseKeybinding('Ctrl+Shift+G'), { ctrl: true, shift: true, alt: false, key: 'g' });
  assert.equal(formatKeybinding('ctrl+enter'), 'Ctrl+Enter');
  assert.equal(formatKeybinding('F1'), 'F1');
  assert.equal(toElectronAccelerator('Ctrl+Shift+G'), 'CmdOrCtrl+Shift+G');
  assert.throws(() => parseKeybinding('Hyper+X'), /Unknown modifier/);
});

test('a key press finds its command, respecting scope and modifiers', async () => {
  const registry = new CommandRegistry();
  const ran: string[] = [];
  registry.register({ id: 'glossary.addTerm', label: { en: 'Add term', 'zh-CN': '添加术语' }, keybindings: ['Ctrl+Shift+G'], run: () => void ran.push('add') });
  registry.register({ id: 'segment.confirm', label: { key: 'command.confirmSegment' }, keybindings: ['Ctrl+Enter', 'Enter'], scope: 'editor', run: () => void ran.push('confirm') });
  // Shift turns "g" into "G"; the physical key still matches.
  assert.equal(registry.commandForKey(press('G', 'KeyG', { ctrlKey: true, shiftKey: true }), context)?.id, 'glossary.addTerm');
  assert.equal(registry.commandForKey(press('g', 'KeyG', { ctrlKey: true }), context), undefined);
  assert.equal(registry.commandForKey(press('Enter', 'Enter'), context)?.id, 'segment.confirm');
  assert.equal(registry.commandForKey(press('Enter', 'Enter'), { ...context, editorFocused: false }), undefined);
  assert.equal(await registry.run('glossary.addTerm'), true);
  assert.equal(await registry.run('missing'), false);
  assert.deepEqual(ran, ['add']);
  assert.throws(() => registry.register({ id: 'glossary.addTerm', label: { en: 'x', 'zh-CN': 'x' }, run() {} }), /twice/);
});

test('menus list their commands in order; disabled commands do not run', async () => {
  const registry = new CommandRegistry();
  registry.register({ id: 'b', label: { en: 'B', 'zh-CN': 'B' }, menu: 'file', order: 2, run() {} });
  registry.register({ id: 'a', label: { en: 'A', 'zh-CN': 'A' }, menu: 'file', order: 1, enabled: () => false, run() {} });
  registry.register({ id: 'h', label: { en: 'H', 'zh-CN': 'H' }, menu: 'file', hidden: true, run() {} });
  assert.deepEqual(registry.inMenu('file').map((c) => c.id), ['a', 'b']);
  assert.equal(await registry.run('a'), false);
});
