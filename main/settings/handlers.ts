import type { HandlersFor } from '../api/handlers';
import type { Settings, settingsMethods } from '../api/contract/settings';
import type { SettingsStore } from './store';

export function createSettingsHandlers(settings: SettingsStore): HandlersFor<typeof settingsMethods> {
  return {
    'settings.get': async () => withoutSecrets(await settings.get()),
    'settings.update': async (patch) => withoutSecrets(await settings.update(patch)),
  };
}

/** Settings as the UI gets them: a token an older version left in the file never leaves the main process. */
export function withoutSecrets(settings: Settings): Settings {
  if (!settings.team?.token) return settings;
  const { token: _token, ...team } = settings.team;
  return { ...settings, team };
}
