import { renameSync } from 'node:fs';
import * as path from 'node:path';
import Store from 'electron-store';
import type { Settings, SettingsPatch } from '../api/contract/settings';
import type { SettingsStore } from '../settings/store';
import { mergeSettings, normalizeSettings } from '../settings/merge';
import { SETTINGS_FILE_NAME } from '../settings/file-store';

/**
 * Settings through electron-store, in the same `settings.json` under the data home that the Node hosts
 * use (top-level fields), so the web host and the desktop app see the same recent projects and name.
 */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store: Store<Record<string, unknown>>;

  constructor(dataHome: string, now: () => Date = () => new Date()) {
    const open = () =>
      new Store<Record<string, unknown>>({
        cwd: dataHome,
        name: SETTINGS_FILE_NAME.replace(/\.json$/, ''),
        // Never let electron-store wipe a damaged file; it is kept aside below instead.
        clearInvalidConfig: false,
      });
    try {
      this.store = open();
    } catch {
      // Unreadable settings must not stop the app: keep the file aside (as FileSettingsStore does) and start fresh.
      const file = path.join(dataHome, SETTINGS_FILE_NAME);
      renameSync(file, `${file}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`);
      this.store = open();
    }
  }

  async get(): Promise<Settings> {
    return normalizeSettings(this.store.store);
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const next = mergeSettings(normalizeSettings(this.store.store), patch);
    this.store.store = next as Record<string, unknown>;
    return next;
  }
}
