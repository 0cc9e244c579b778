/**
 * Keybindings written the way the shortcuts table shows them ("Ctrl+Shift+G", "F1", "Ctrl+Enter").
 * Pure: parsing, matching against a keyboard event's fields, and display. On macOS "Ctrl" means Cmd,
 * as translators coming from memoQ/Trados on a Mac expect.
 */
export interface ParsedKeybinding {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** Normalised key: "g", "1", "enter", "f1", "escape" ... */
  key: string;
}

/** The fields of a KeyboardEvent that matching needs (so tests need no DOM). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function parseKeybinding(binding: string): ParsedKeybinding {
  const parts = binding.split('+').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new Error(`Empty keybinding "${binding}"`);
  const result: ParsedKeybinding = { ctrl: false, shift: false, alt: false, key: '' };
  for (const part of parts.slice(0, -1)) {
    const modifier = part.toLowerCase();
    if (modifier === 'ctrl' || modifier === 'cmd' || modifier === 'cmdorctrl') result.ctrl = true;
    else if (modifier === 'shift') result.shift = true;
    else if (modifier === 'alt' || modifier === 'option') result.alt = true;
    else throw new Error(`Unknown modifier "${part}" in keybinding "${binding}"`);
  }
  result.key = parts[parts.length - 1]!.toLowerCase();
  return result;
}

/** The key a press stands for, independent of Shift changing "1" into "!" or the keyboard layout. */
export function pressedKey(press: KeyPress): string {
  const code = press.code ?? '';
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (/^Numpad[0-9]$/.test(code)) return code.slice(6);
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (code === 'NumpadEnter') return 'enter';
  return press.key.toLowerCase();
}

export function matchesKeybinding(binding: ParsedKeybinding, press: KeyPress, isMac = false): boolean {
  const ctrl = isMac ? press.metaKey : press.ctrlKey;
  return ctrl === binding.ctrl && press.shiftKey === binding.shift && press.altKey === binding.alt && pressedKey(press) === binding.key;
}

/** How the shortcuts table and menus show a binding. */
export function formatKeybinding(binding: string, isMac = false): string {
  const parsed = parseKeybinding(binding);
  const names: string[] = [];
  if (parsed.ctrl) names.push(isMac ? '⌘' : 'Ctrl');
  if (parsed.alt) names.push(isMac ? '⌥' : 'Alt');
  if (parsed.shift) names.push(isMac ? '⇧' : 'Shift');
  const key = parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key.charAt(0).toUpperCase() + parsed.key.slice(1);
  names.push(/^f\d+$/.test(parsed.key) ? parsed.key.toUpperCase() : key);
  return names.join(isMac ? '' : '+');
}

/** Electron accelerator syntax for the native menu ("CmdOrCtrl+Shift+G"). */
export function toElectronAccelerator(binding: string): string {
  const parsed = parseKeybinding(binding);
  const parts: string[] = [];
  if (parsed.ctrl) parts.push('CmdOrCtrl');
  if (parsed.alt) parts.push('Alt');
  if (parsed.shift) parts.push('Shift');
  parts.push(parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key.charAt(0).toUpperCase() + parsed.key.slice(1));
  return parts.join('+');
}
