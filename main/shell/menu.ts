import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuItemSpec, MenuSpec, ShellAction } from './menu-template';

/**
 * Turns the menu spec into an Electron menu. Renderer commands show their accelerator without
 * registering it (`registerAccelerator: false`): the keys reach the renderer, whose keybindings know
 * the focus scope; a click sends the command.
 */
export function buildElectronMenu(spec: MenuSpec[], handlers: { command(id: string): void; action(action: ShellAction): void }): Menu {
  const toItem = (item: MenuItemSpec): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: item.role as MenuItemConstructorOptions['role'], label: item.label };
      case 'submenu':
        return { label: item.label, submenu: item.items.map(toItem) };
      case 'command':
        return { label: item.label, accelerator: item.accelerator, registerAccelerator: false, click: () => handlers.command(item.command) };
      case 'action':
        return { label: item.label, accelerator: item.accelerator, registerAccelerator: !item.keyInRenderer, enabled: item.enabled ?? true, click: () => handlers.action(item.action) };
    }
  };
  return Menu.buildFromTemplate(spec.map((menu) => ({ label: menu.label, submenu: menu.items.map(toItem) })));
}
