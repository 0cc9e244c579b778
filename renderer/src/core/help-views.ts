import type { CommandRegistry, Command } from '../shell/commands';
import type { I18n } from '../i18n';
import { formatKeybinding } from '../shell/keybindings';
import { el, clear } from '../dom';

function keysOf(command: Command, isMac: boolean): string {
  if (command.keyLabel) return command.keyLabel;
  return (command.keybindings ?? []).map((k) => formatKeybinding(k, isMac)).join(' / ');
}

/** F1: every command that has a key, from the same registry the keys are dispatched from. */
export function renderShortcuts(container: HTMLElement, commands: CommandRegistry, i18n: I18n, isMac: boolean, close: () => void): void {
  const rows = commands
    .list()
    .filter((c) => (c.keybindings?.length ?? 0) > 0)
    .map((c) => ({ keys: keysOf(c, isMac), label: i18n.text(c.label) }));
  container.append(
    el(
      'table',
      { class: 'dz-shortcuts' },
      el('thead', {}, el('tr', {}, el('th', {}, i18n.t('shortcuts.key')), el('th', {}, i18n.t('shortcuts.action')))),
      el('tbody', {}, rows.map((r) => el('tr', {}, el('td', {}, el('kbd', {}, r.keys)), el('td', {}, r.label)))),
    ),
    el('div', { class: 'dz-dialog-actions' }, el('button', { class: 'dz-button dz-primary', onclick: close }, i18n.t('shortcuts.close'))),
  );
}

/** Ctrl+Shift+P: type to filter every command; Enter runs the first. */
export function renderPalette(container: HTMLElement, commands: CommandRegistry, i18n: I18n, isMac: boolean, close: () => void): void {
  const input = el('input', { type: 'text', class: 'dz-input', placeholder: i18n.t('palette.placeholder'), 'aria-label': i18n.t('palette.placeholder'), autofocus: true });
  const list = el('ul', { class: 'dz-palette' });
  let visible: Command[] = [];
  const render = () => {
    const query = input.value.trim().toLowerCase();
    visible = commands
      .list()
      .filter((c) => !c.hidden && commands.isEnabled(c.id))
      .filter((c) => !query || i18n.text(c.label).toLowerCase().includes(query) || c.id.includes(query));
    clear(list);
    for (const command of visible) {
      list.appendChild(
        el(
          'li',
          {},
          el('button', { class: 'dz-palette-item', 'data-command': command.id, onclick: () => run(command) }, el('span', {}, i18n.text(command.label)), el('kbd', {}, keysOf(command, isMac))),
        ),
      );
    }
  };
  const run = (command: Command) => {
    close();
    void commands.run(command.id);
  };
  input.addEventListener('input', render);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && visible[0]) run(visible[0]);
  });
  container.append(input, list);
  render();
}
