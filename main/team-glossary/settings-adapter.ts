import { z } from 'zod';
import { isUserFacingError } from '../common/errors';
import type { SecretStore } from '../settings/secret-store';
import type { SettingsStore } from '../settings/store';
import type { TeamRemoteSettings, TeamSettingsPort } from './settings-port';

/** The secret's name in the SecretStore. */
export const TEAM_TOKEN_SECRET = 'team.token';

/** The token is stored with the address it belongs to: a token for one host is never sent to another. */
const storedTokenSchema = z.object({ remote: z.string(), token: z.string().min(1) });

/**
 * The team glossary's view of the app settings: translator name, `settings.team` (address, user name)
 * and the access token in the secret store. A token an older version left in settings.json is moved to
 * the secret store the first time it is read, and removed from the settings.
 */
export function teamSettingsFrom(store: SettingsStore, secrets: SecretStore): TeamSettingsPort {
  const readToken = async (remote: string): Promise<string | undefined> => {
    const raw = await secrets.get(TEAM_TOKEN_SECRET);
    if (raw === undefined) return undefined;
    let stored: z.infer<typeof storedTokenSchema> | undefined;
    try {
      stored = storedTokenSchema.parse(JSON.parse(raw));
    } catch {
      return undefined;
    }
    return stored.remote === remote ? stored.token : undefined;
  };
  const save = async (team: TeamRemoteSettings) => {
    // The secret first: the settings never name a token that was not stored.
    await secrets.set(TEAM_TOKEN_SECRET, team.token ? JSON.stringify({ remote: team.remote, token: team.token }) : undefined);
    await store.update({ team: { remote: team.remote, ...(team.username ? { username: team.username } : {}) } });
  };
  return {
    translatorName: async () => (await store.get()).translatorName,
    teamRemote: async () => {
      const team = (await store.get()).team;
      if (!team) return undefined;
      if (team.token) {
        // Migration: a plain token in settings.json (written before tokens moved out of the settings).
        await save({ remote: team.remote, username: team.username, token: team.token });
        return { remote: team.remote, username: team.username, token: team.token };
      }
      try {
        return { remote: team.remote, username: team.username, token: await readToken(team.remote) };
      } catch (error) {
        if (!isUserFacingError(error)) throw error;
        return { remote: team.remote, username: team.username, tokenProblem: { code: error.code, message: error.message, hint: error.hint } };
      }
    },
    saveTeamRemote: save,
    tokenProtection: secrets.protection,
  };
}
