import type { SettingsStore } from '../settings/store';
import type { TeamSettingsPort } from './settings-port';

/** The team glossary's view of the app settings: translator name and `settings.team`. */
export function teamSettingsFrom(store: SettingsStore): TeamSettingsPort {
  return {
    translatorName: async () => (await store.get()).translatorName,
    teamRemote: async () => (await store.get()).team,
    saveTeamRemote: async (team) => {
      await store.update({ team });
    },
  };
}
