import type { ProjectSessions } from '../project/sessions';
import type { SettingsStore } from '../settings/store';
import { ExportService } from './export-service';
import type { TranslationMemorySink } from './memory-sink';
import { projectAccessFromSessions } from './session-access';

/** Builds the export service from what the composition root already has, so its edit there is one line. */
export function createExportService(deps: {
  projects: ProjectSessions;
  settings: SettingsStore;
  appVersion: string;
  memory?: TranslationMemorySink;
  glossaryVersion?: () => Promise<string | undefined>;
}): ExportService {
  return new ExportService({
    projects: projectAccessFromSessions(deps.projects),
    translatorName: async () => (await deps.settings.get()).translatorName || undefined,
    appVersion: deps.appVersion,
    memory: deps.memory,
    glossaryVersion: deps.glossaryVersion,
  });
}
