import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectSessions } from '../../../main/project/sessions';
import { ProjectFileStore } from '../../../main/project/file-store';
import { AutosaveStore } from '../../../main/project/autosave';
import { FileSettingsStore } from '../../../main/settings/file-store';
import { sampleDocument } from './sample-document';

export const task = { signal: new AbortController().signal, reportProgress: () => undefined };

/** A session service over a fresh data home, as the composition root builds it. */
export function makeSessions(dataHome = mkdtempSync(join(tmpdir(), 'dz-home-')), autosaveDelayMs = 60) {
  const settings = FileSettingsStore.inDataHome(dataHome);
  const sessions = new ProjectSessions({
    files: new ProjectFileStore(),
    autosaves: new AutosaveStore(join(dataHome, 'autosave')),
    settings,
    prepareDocument: async () => sampleDocument(),
    defaultProjectDirectory: join(dataHome, 'projects'),
    autosaveDelayMs,
  });
  return { sessions, settings, dataHome };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
