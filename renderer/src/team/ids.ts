import { COMMAND_IDS } from '../shell/command-ids';
/** View and command ids of the team glossary UI (the Electron menu refers to commands by id). */
export const TEAM_CONFLICTS_VIEW = 'team.conflicts';
export const TEAM_PANEL_VIEW = 'team.panel';
export const TEAM_SYNC_COMMAND = COMMAND_IDS.teamSync;
export const TEAM_SHOW_CONFLICTS_COMMAND = COMMAND_IDS.teamConflicts;
