import type { HandlersFor } from '../api/handlers';
import type { settingsMethods } from '../api/contract/settings';
import type { SettingsStore } from './store';

export function createSettingsHandlers(settings: SettingsStore): HandlersFor<typeof settingsMethods> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}
