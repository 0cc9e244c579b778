import type { SecretProtection } from '../settings/secret-store';

/**
 * The team glossary's remote and credentials. The address and user name live in the app settings
 * (`settings.team`); the access token in a `SecretStore` (OS keychain or a private file), never in settings.
 */
export interface TeamRemoteSettings {
  remote: string;
  /** An access token, sent as the password over HTTPS. */
  token?: string;
  username?: string;
  /** Set when a token is stored but cannot be read on this host (encrypted by the desktop app, say). */
  tokenProblem?: { code: string; message: string; hint?: string };
}

/** The part of the settings service the team glossary needs; the composition root adapts the real one. */
export interface TeamSettingsPort {
  translatorName(): Promise<string>;
  teamRemote(): Promise<TeamRemoteSettings | undefined>;
  saveTeamRemote(team: TeamRemoteSettings): Promise<void>;
  /** How a stored token is protected (shown in the status; never the token itself). */
  tokenProtection?: SecretProtection;
}
