import type { LocalizedText } from '../i18n/localized';
import { matchesKeybinding, parseKeybinding, type KeyPress, type ParsedKeybinding } from './keybindings';

/** Where a command shows up in the menu bar (and the Electron menu). */
export type MenuId = 'file' | 'edit' | 'view' | 'glossary' | 'help';
export const MENU_ORDER: readonly MenuId[] = ['file', 'edit', 'view', 'glossary', 'help'];

/** Which part of the UI must have focus for a keybinding to fire. */
export type KeyScope = 'global' | 'editor' | 'project';

export interface Command {
  /** Stable id, e.g. "segment.confirm", "export.open". Menus of the Electron shell refer to it. */
  id: string;
  label: LocalizedText;
  /** Shortcut(s) as "Ctrl+Shift+G"; the first is the one menus show. */
  keybindings?: string[];
  /** global: anywhere; editor: only while the translation pane has focus; project: while a project is open. */
  scope?: KeyScope;
  menu?: MenuId;
  /** Sorts inside a menu; lower first. */
  order?: number;
  /** How F1 and menus show the keys when the list is long, e.g. "Ctrl+1…9". */
  keyLabel?: string;
  /** Hidden from menus and the palette (still listed in F1 when it has a keybinding). */
  hidden?: boolean;
  /** Whether it can run now (e.g. needs an open project). */
  enabled?: () => boolean;
  /** `args` is what the caller passed; a key press passes `{ keybinding }`, the binding that matched. */
  run(args?: unknown): void | Promise<void>;
}

/** What a key press runs with: `{ keybinding: "Ctrl+3" }`. */
export interface KeyArgs {
  keybinding: string;
}

export interface KeyContext {
  editorFocused: boolean;
  projectOpen: boolean;
  isMac: boolean;
}

/**
 * All commands of the UI: menus, the command palette, F1 and the Electron menu use this one list, so
 * a capability adds a command once and it appears everywhere.
 */
export class CommandRegistry {
  private readonly commands = new Map<string, { command: Command; parsed: ParsedKeybinding[] }>();
  private readonly listeners = new Set<() => void>();

  register(command: Command): () => void {
    if (this.commands.has(command.id)) throw new Error(`Command "${command.id}" is registered twice.`);
    this.commands.set(command.id, { command, parsed: (command.keybindings ?? []).map(parseKeybinding) });
    this.changed();
    return () => {
      this.commands.delete(command.id);
      this.changed();
    };
  }

  get(id: string): Command | undefined {
    return this.commands.get(id)?.command;
  }

  list(): Command[] {
    return [...this.commands.values()].map((c) => c.command);
  }

  inMenu(menu: MenuId): Command[] {
    return this.list()
      .filter((c) => c.menu === menu && !c.hidden)
      .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  }

  isEnabled(id: string): boolean {
    const command = this.get(id);
    return Boolean(command) && (command!.enabled?.() ?? true);
  }

  async run(id: string, args?: unknown): Promise<boolean> {
    const command = this.get(id);
    if (!command || !(command.enabled?.() ?? true)) return false;
    await command.run(args);
    return true;
  }

  /** The command a key press triggers in this context, if any. */
  commandForKey(press: KeyPress, context: KeyContext): Command | undefined {
    return this.matchKey(press, context)?.command;
  }

  /** The command and the binding a key press matches in this context. */
  matchKey(press: KeyPress, context: KeyContext): { command: Command; args: KeyArgs } | undefined {
    for (const { command, parsed } of this.commands.values()) {
      const index = parsed.findIndex((binding) => matchesKeybinding(binding, press, context.isMac));
      if (index < 0) continue;
      const scope = command.scope ?? 'global';
      if (scope === 'editor' && !context.editorFocused) continue;
      if (scope === 'project' && !context.projectOpen) continue;
      if (!(command.enabled?.() ?? true)) continue;
      return { command, args: { keybinding: command.keybindings![index]! } };
    }
    return undefined;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
