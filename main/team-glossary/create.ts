import type { ApiEvent } from '../api/contract/events';
import type { SettingsStore } from '../settings/store';
import type { GlossaryLayerSource } from '../../glossary/engine/layers';
import { TeamSyncScheduler, realTimers, type TimerPort } from './scheduler';
import { TeamGlossaryService, teamDirectory } from './service';
import { teamSettingsFrom } from './settings-adapter';

export interface TeamGlossaryParts {
  service: TeamGlossaryService;
  /** The team layer for the layered glossary (personal over team over built-in). */
  layer: GlossaryLayerSource;
  scheduler: TeamSyncScheduler;
  /** Starts background sync (on open, debounced after edits, periodic). */
  start(): void;
  dispose(): Promise<void>;
}

export interface TeamGlossaryOptions {
  dataHome: string;
  settings: SettingsStore;
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
    settings: teamSettingsFrom(options.settings),
    cwd: options.cwd,
    emit: (event) => (event.type === 'glossary-changed' ? options.onGlossaryChanged(event.reason) : options.emit(event)),
  });
  const scheduler = new TeamSyncScheduler({
    sync: () => service.sync(),
    configured: async () => Boolean((await options.settings.get()).team?.remote),
    timers: options.timers ?? realTimers,
    debounceMs: options.debounceMs,
    intervalMs: options.intervalMs,
  });
  const stopListening = service.onLocalEdit(() => scheduler.editMade());
  return {
    service,
    layer: { layer: 'team', load: () => service.entries() },
    scheduler,
    start: () => scheduler.start(),
    async dispose() {
      stopListening();
      scheduler.dispose();
      await scheduler.idle();
    },
  };
}
