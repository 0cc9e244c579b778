import type { Settings, SettingsPatch } from '../api/contract/settings';

/**
 * Where the user's settings live. The Electron shell keeps them in electron-store; Node hosts
 * (web host, CLI, tests) use the plain JSON file in the data home. Services only see this interface.
 */
export interface SettingsStore {
  get(): Promise<Settings>;
  /** Merges the given fields into the stored settings and returns the result. */
  update(patch: SettingsPatch): Promise<Settings>;
}
