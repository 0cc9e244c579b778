import * as path from 'node:path';
import type { ApiHandlers } from '../api/handlers';
import type { ApiEvent } from '../api/contract/events';
import { createDispatcher, toApiError, type Dispatch } from '../api/dispatcher';
import type { SettingsStore } from '../settings/store';
import { FileSettingsStore } from '../settings/file-store';
import { FileSecretStore, type SecretStore } from '../settings/secret-store';
import { createSettingsHandlers } from '../settings/handlers';
import { ProjectFileStore } from '../project/file-store';
import { AutosaveStore } from '../project/autosave';
import { ProjectSessions } from '../project/sessions';
import { alignTranslationWith } from '../project/apply-alignment';
import { prepareDocument } from '../document/prepare';
import { createAlignmentService } from '../alignment/create-service';
import { createAlignmentHandlers } from '../alignment/handlers';
import { TranslationMemory } from '../memory/store';
import { createMemoryHandlers } from '../memory/handlers';
import { ConfirmedSegmentFeed } from '../memory/confirmed-feed';
import { createProjectHandlers } from '../project/handlers';
import { createGlossaryService } from '../glossary-service/create';
import { createGlossaryHandlers } from '../glossary-service/handlers';
import { describeGlossaryVersion } from '../glossary-service/glossary-version';
import type { HostCapabilities } from './host-capabilities';
import { createAppHandlers } from './app-handlers';
import { createDocumentHandlers } from '../document/handlers';
import { createSimplifiedConverter } from '../cleanup/script';
import { createExportService } from '../export/create';
import { createExportHandlers } from '../export/handlers';
import { createTeamGlossary } from '../team-glossary/create';
import { createTeamHandlers } from '../team-glossary/handlers';
import { manualTimers } from '../team-glossary/scheduler';

/**
 * The composition root: every host (Electron shell, web host, tests) builds the services here with
 * plain constructor injection, then hands the handlers to the dispatcher. Nothing else creates services.
 */
export interface ServiceHostOptions {
  /** The user's data directory (see common/data-home.ts). */
  dataHome: string;
  host: 'electron' | 'web' | 'test';
  appVersion: string;
  /** Why Electron is not running, when the web host stands in for it. */
  fallbackReason?: string;
  /** The shell passes its electron-store settings; Node hosts use `<dataHome>/settings.json`. */
  settings?: SettingsStore;
  /**
   * Where credentials (the team glossary's token) are kept. The shell passes one that encrypts with the
   * OS keychain (safeStorage) where it can; otherwise `<dataHome>/secrets.json`, mode 0600.
   */
  secrets?: SecretStore;
  /** Native dialogs and the system browser: only the Electron shell has them. */
  capabilities?: HostCapabilities;
  /** Edit-to-autosave delay (tests shorten it). */
  autosaveDelayMs?: number;
}

export interface ComposedServices {
  dispatch: Dispatch;
  /** Subscribe to pushed events (progress, glossary changes, team sync state). */
  onEvent(listener: (event: ApiEvent) => void): () => void;
  settings: SettingsStore;
  projects: ProjectSessions;
  dispose(): Promise<void>;
}

export async function composeServices(options: ServiceHostOptions): Promise<ComposedServices> {
  const listeners = new Set<(event: ApiEvent) => void>();
  const emit = (event: ApiEvent) => {
    for (const listener of listeners) listener(event);
  };
  const disposers: Array<() => Promise<void> | void> = [];

  const settings = options.settings ?? FileSettingsStore.inDataHome(options.dataHome);
  const alignment = createAlignmentService();
  // Translation memory under the data home: accepted alignments, imported TMX and confirmed segments
  // (the feed takes them from the project sessions' edits).
  const memory = TranslationMemory.inDataHome(options.dataHome, {
    onChange: ({ added, updated, entries }) => emit({ type: 'memory-changed', added, updated, entries }),
  });
  const confirmedFeed = new ConfirmedSegmentFeed({ memory, onError: (error) => emit({ type: 'memory-error', ...toApiError(error) }) });
  disposers.push(() => confirmedFeed.settled());
  const translator = async () => (await settings.get()).translatorName || undefined;
  const projects = new ProjectSessions({
    files: new ProjectFileStore(),
    autosaves: new AutosaveStore(path.join(options.dataHome, 'autosave')),
    settings,
    prepareDocument: (source, task) => prepareDocument(source, { signal: task.signal, onProgress: task.reportProgress }),
    alignTranslation: alignTranslationWith(alignment),
    defaultProjectDirectory: path.join(options.dataHome, 'projects'),
    autosaveDelayMs: options.autosaveDelayMs,
    segmentChanged: (project, segment) => confirmedFeed.segmentChanged(project, segment),
  });
  disposers.push(() => projects.dispose());

  // The team glossary (git-backed) is the middle layer; its syncs make the layered glossary reload.
  const team = createTeamGlossary({
    dataHome: options.dataHome,
    settings,
    secrets: options.secrets ?? FileSecretStore.inDataHome(options.dataHome),
    emit,
    onGlossaryChanged: (reason) => glossary.invalidate(reason),
    timers: options.host === 'test' ? manualTimers : undefined,
  });
  disposers.push(() => team.dispose());
  // Built-in term base + personal glossary + the team layer.
  const glossary = createGlossaryService({ dataHome: options.dataHome, emit, team: team.layer, translator: async () => (await settings.get()).translatorName || 'translator' });
  team.start();

  // Each capability contributes the handlers for its part of the contract (main/api/contract/*). No
  // cast: the compiler checks that every method of the contract has its handler here.
  const handlers: Omit<ApiHandlers, 'app.cancelTask'> = {
    ...createAppHandlers({ appVersion: options.appVersion, host: options.host, dataHome: options.dataHome, fallbackReason: options.fallbackReason, capabilities: options.capabilities }),
    ...createSettingsHandlers(settings),
    ...createProjectHandlers(projects),
    ...createGlossaryHandlers({ service: glossary, projectSegments: (handle) => projects.get(handle).project.segments }),
    ...createDocumentHandlers({ converter: createSimplifiedConverter() }),
    ...createExportHandlers(
      createExportService({
        projects,
        settings,
        appVersion: options.appVersion,
        memory,
        // The review table's "Glossary version": team commit, built-in term base, personal glossary.
        glossaryVersion: async () => describeGlossaryVersion({ team: await team.service.status(), layers: await glossary.layerSummary(), appVersion: options.appVersion }),
      }),
    ),
    ...createAlignmentHandlers({ alignment, projects, memory, translator }),
    ...createMemoryHandlers({ memory, translator, appVersion: options.appVersion }),
    ...createTeamHandlers(team.service),
  };

  return {
    dispatch: createDispatcher(handlers, emit),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settings,
    projects,
    async dispose() {
      for (const dispose of disposers.reverse()) await dispose();
    },
  };
}
