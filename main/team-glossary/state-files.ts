import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../common/atomic-write';
import type { TeamConflict } from './conflicts';

/** What the local clone is a clone of, and how the last sync went. */
export interface TeamCloneState {
  /** The remote as configured (URL or absolute path). */
  remote: string;
  branch: string;
  /** The remote branch tip after the last successful sync. */
  lastRemoteTip: string | null;
  lastSyncAt?: string;
  lastError?: { code: string; message: string; hint?: string; at: string };
}

/**
 * The team glossary's local files under the data home: `repo.git` (the bare clone), `state.json`,
 * and `conflicts.json` (conflicts kept until the translator resolves them). All writes are atomic.
 */
export class TeamStateFiles {
  constructor(readonly directory: string) {}

  get gitdir(): string {
    return path.join(this.directory, 'repo.git');
  }

  async readState(): Promise<TeamCloneState | null> {
    return readJson<TeamCloneState>(path.join(this.directory, 'state.json'));
  }

  async writeState(state: TeamCloneState): Promise<void> {
    await writeFileAtomic(path.join(this.directory, 'state.json'), JSON.stringify(state, null, 2) + '\n');
  }

  async readConflicts(): Promise<TeamConflict[]> {
    return (await readJson<{ conflicts: TeamConflict[] }>(path.join(this.directory, 'conflicts.json')))?.conflicts ?? [];
  }

  async writeConflicts(conflicts: readonly TeamConflict[]): Promise<void> {
    await writeFileAtomic(path.join(this.directory, 'conflicts.json'), JSON.stringify({ conflicts }, null, 2) + '\n');
  }
}

async function readJson<T>(file: string): Promise<T | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return JSON.parse(text) as T;
}
