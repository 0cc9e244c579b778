import type { ApiEvent } from '../api/contract/events';
import type { SettingsStore } from '../settings/store';
import type { SecretStore } from '../settings/secret-store';
import type { EditableTeamLayer } from '../glossary-service/glossary-service';
import { TeamSyncScheduler, realTimers, type TimerPort } from './scheduler';
import { TeamGlossaryService, teamDirectory } from './service';
import { teamSettingsFrom } from './settings-adapter';
import { teamLayer } from './layer';

export interface TeamGlossaryParts {
  service: TeamGlossaryService;
  /** The team layer for the layered glossary (personal over team over built-in), which edits it too. */
  layer: EditableTeamLayer;
  scheduler: TeamSyncScheduler;
  /** Starts background sync (on open, debounced after edits, periodic). */
  start(): void;
  dispose(): Promise<void>;
}

export interface TeamGlossaryOptions {
  dataHome: string;
  settings: SettingsStore;
  /** Where the access token is kept (OS keychain in the desktop app, a private file elsewhere). */
  secrets: SecretStore;
  emit: (event: ApiEvent) => void;
  /** The layered glossary drops its cache when the team glossary changed. */
  onGlossaryChanged: (reason: string) => void;
  timers?: TimerPort;
  debounceMs?: number;
  intervalMs?: number;
  cwd?: string;
}

/** The team glossary wired to the real parts: settings, data home, timers. */
export function createTeamGlossary(options: TeamGlossaryOptions): TeamGlossaryParts {
  const service = new TeamGlossaryService({
    directory: teamDirectory(options.dataHome),
    settings: teamSettingsFrom(options.settings, options.secrets),
    cwd: options.cwd,
    emit: (event) => (event.type === 'glossary-changed' ? options.onGlossaryChanged(event.reason) : options.emit(event)),
  });
  const layer = teamLayer(service, options.settings);
  const scheduler = new TeamSyncScheduler({
    sync: () => service.sync(),
    configured: () => layer.configured(),
    timers: options.timers ?? realTimers,
    debounceMs: options.debounceMs,
    intervalMs: options.intervalMs,
  });
  const stopListening = service.onLocalEdit(() => scheduler.editMade());
  return {
    service,
    // Edits commit locally and notify the scheduler (onLocalEdit above), which syncs them a few seconds later.
    layer,
    scheduler,
    start: () => scheduler.start(),
    async dispose() {
      stopListening();
      scheduler.dispose();
      await scheduler.idle();
    },
  };
}
