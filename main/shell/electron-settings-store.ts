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

  constructor(dataHome: string) {
    this.store = new Store<Record<string, unknown>>({
      cwd: dataHome,
      name: SETTINGS_FILE_NAME.replace(/\.json$/, ''),
      // A damaged file must not be silently replaced by defaults (electron-store's default is to throw; keep that).
      clearInvalidConfig: false,
    });
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
