import { el, clear } from '../dom';
import type { I18n, MessageKey } from '../i18n';
import { MENU_ORDER, type CommandRegistry, type MenuId } from './commands';
import { formatKeybinding } from './keybindings';

const MENU_LABELS: Record<MenuId, MessageKey> = { file: 'menu.file', edit: 'menu.edit', view: 'menu.view', glossary: 'menu.glossary', help: 'menu.help' };

/**
 * The in-page menu bar built from the command registry (in the browser; Electron shows the same
 * commands in its native menu). Click a menu title to open it; Escape or a click elsewhere closes it.
 */
export function renderMenubar(container: HTMLElement, commands: CommandRegistry, i18n: I18n, isMac: boolean): () => void {
  let open: MenuId | undefined;
  const render = () => {
    clear(container);
    for (const menu of MENU_ORDER) {
      const items = commands.inMenu(menu);
      if (items.length === 0) continue;
      const title = el('button', { class: `dz-menu-title${open === menu ? ' open' : ''}`, 'data-menu': menu, 'aria-haspopup': 'true', 'aria-expanded': String(open === menu) }, i18n.t(MENU_LABELS[menu]));
      title.addEventListener('click', (event) => {
        event.stopPropagation();
        open = open === menu ? undefined : menu;
        render();
      });
      const wrapper = el('div', { class: 'dz-menu' }, title);
      if (open === menu) {
        const list = el('div', { class: 'dz-menu-list', role: 'menu' });
        for (const command of items) {
          const enabled = commands.isEnabled(command.id);
          list.appendChild(
            el(
              'button',
              {
                class: 'dz-menu-item',
                role: 'menuitem',
                'data-command': command.id,
                disabled: !enabled,
                onclick: () => {
                  open = undefined;
                  render();
                  void commands.run(command.id);
                },
              },
              el('span', { class: 'dz-menu-label' }, i18n.text(command.label)),
              el('span', { class: 'dz-menu-key' }, command.keybindings?.[0] ? formatKeybinding(command.keybindings[0], isMac) : ''),
            ),
          );
        }
        wrapper.appendChild(list);
      }
      container.appendChild(wrapper);
    }
  };
  const closeMenus = () => {
    if (open) {
      open = undefined;
      render();
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closeMenus();
  };
  document.addEventListener('click', closeMenus);
  document.addEventListener('keydown', onKey);
  const offCommands = commands.onChange(render);
  const offLanguage = i18n.onChange(render);
  render();
  return () => {
    document.removeEventListener('click', closeMenus);
    document.removeEventListener('keydown', onKey);
    offCommands();
    offLanguage();
  };
}
