import type { ProjectSessions } from '../project/sessions';
import type { SettingsStore } from '../settings/store';
import { ExportService } from './export-service';
import { memorySinkFrom } from './memory-sink';
import type { NewMemoryPair } from '../memory/types';
import { projectAccessFromSessions } from './session-access';

/** Builds the export service from what the composition root already has, so its edit there is one line. */
export function createExportService(deps: {
  projects: ProjectSessions;
  settings: SettingsStore;
  appVersion: string;
  /** The translation memory store (main/memory/store.ts) that TMX imports feed. */
  memory?: { addPairs(pairs: readonly NewMemoryPair[]): Promise<{ added: number; skipped: number }> };
  glossaryVersion?: () => Promise<string | undefined>;
}): ExportService {
  return new ExportService({
    projects: projectAccessFromSessions(deps.projects),
    translatorName: async () => (await deps.settings.get()).translatorName || undefined,
    appVersion: deps.appVersion,
    memory: deps.memory ? memorySinkFrom(deps.memory) : undefined,
    glossaryVersion: deps.glossaryVersion,
  });
}
