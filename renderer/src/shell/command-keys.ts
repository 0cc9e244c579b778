import { COMMAND_IDS, type CommandId } from './command-ids';
import { toElectronAccelerator } from './keybindings';

/**
 * The default keys of the built-in commands, in the renderer's notation (`Ctrl` is Cmd on macOS). One
 * table, so the renderer's keybindings and the accelerators the native menu shows can never disagree.
 * Pure constants: main/shell imports this file.
 */
export const COMMAND_KEYS: Readonly<Partial<Record<CommandId, readonly string[]>>> = {
  [COMMAND_IDS.newProject]: ['Ctrl+Shift+N'],
  [COMMAND_IDS.openProject]: ['Ctrl+O'],
  [COMMAND_IDS.saveProject]: ['Ctrl+S'],
  [COMMAND_IDS.saveProjectAs]: ['Ctrl+Shift+S'],
  [COMMAND_IDS.confirmSegment]: ['Ctrl+Enter', 'Enter'],
  [COMMAND_IDS.markReviewed]: ['Ctrl+Shift+Enter'],
  [COMMAND_IDS.nextSegment]: ['Alt+Down'],
  [COMMAND_IDS.previousSegment]: ['Alt+Up'],
  [COMMAND_IDS.nextUnconfirmed]: ['Ctrl+Shift+Down'],
  [COMMAND_IDS.showOriginal]: ['Ctrl+Shift+O'],
  [COMMAND_IDS.find]: ['Ctrl+F'],
  [COMMAND_IDS.addTerm]: ['Ctrl+Shift+G'],
  [COMMAND_IDS.glossaryPanel]: ['Ctrl+Shift+L'],
  [COMMAND_IDS.insertRendering]: ['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6', 'Ctrl+7', 'Ctrl+8', 'Ctrl+9'],
  [COMMAND_IDS.exportProject]: ['Ctrl+Shift+E'],
  [COMMAND_IDS.shortcuts]: ['F1'],
  [COMMAND_IDS.commandPalette]: ['Ctrl+Shift+P'],
  [COMMAND_IDS.settings]: ['Ctrl+,'],
  // Alt, not Ctrl+Shift: Cmd+Shift+3 is the macOS screenshot key.
  [COMMAND_IDS.insertMemoryMatch]: ['Alt+1', 'Alt+2', 'Alt+3'],
  [COMMAND_IDS.memoryConcordance]: ['Ctrl+Shift+K'],
};

/** The keybindings a command registers (a copy: the registry may keep it). */
export function keysOf(id: CommandId): string[] | undefined {
  const keys = COMMAND_KEYS[id];
  return keys ? [...keys] : undefined;
}

/** The accelerator the native menu shows for a command: its first key, in Electron's notation. */
export function menuAccelerator(id: CommandId): string | undefined {
  const first = COMMAND_KEYS[id]?.[0];
  return first === undefined ? undefined : toElectronAccelerator(first);
}
