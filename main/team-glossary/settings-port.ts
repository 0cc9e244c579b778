/** Where the team glossary's remote and credentials live: the app settings (`settings.team`). */
export interface TeamRemoteSettings {
  remote: string;
  /** An access token, sent as the password over HTTPS. No OS keychain is available here: it sits in settings. */
  token?: string;
  username?: string;
}

/** The part of the settings service the team glossary needs; the composition root adapts the real one. */
export interface TeamSettingsPort {
  translatorName(): Promise<string>;
  teamRemote(): Promise<TeamRemoteSettings | undefined>;
  saveTeamRemote(team: TeamRemoteSettings): Promise<void>;
}
