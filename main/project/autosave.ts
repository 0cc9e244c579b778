import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../common/atomic-write';
import { isUserFacingError } from '../common/errors';
import { migrateProject } from './migrate';
import type { Project } from './schema';
import type { RecoverableProject } from '../api/contract/project';

/**
 * Autosave files: the whole project plus where it belongs, written atomically. A saved project's autosave
 * sits beside it (`NAME.duizhao.autosave`), so it travels with the project; an unsaved project's (or one
 * whose folder is read-only) goes under the data home (`autosave/<project id>.duizhao.autosave`).
 * A successful save removes the autosave; one that is still there on open holds edits never saved.
 */
export const AUTOSAVE_FORMAT = 'duizhao-autosave';
export const AUTOSAVE_SUFFIX = '.autosave';

const autosaveEnvelopeSchema = z.object({
  format: z.literal(AUTOSAVE_FORMAT),
  savedAt: z.string(),
  /** The project file this autosave belongs to; absent for a project never saved. */
  projectPath: z.string().optional(),
  project: z.unknown(),
});

export interface Autosave {
  file: string;
  savedAt: string;
  projectPath?: string;
  project: Project;
}

export class AutosaveStore {
  constructor(
    /** `<data home>/autosave`. */
    private readonly directory: string,
  ) {}

  sidecarPath(projectPath: string): string {
    return projectPath + AUTOSAVE_SUFFIX;
  }

  homePath(projectId: string): string {
    return path.join(this.directory, `${projectId.replace(/[^\w.-]/g, '_')}.duizhao${AUTOSAVE_SUFFIX}`);
  }

  /** Writes the autosave; for a saved project beside it, falling back to the data home if that fails. Returns the file written. */
  async write(project: Project, projectPath: string | undefined, now: Date): Promise<string> {
    const text = JSON.stringify({ format: AUTOSAVE_FORMAT, savedAt: now.toISOString(), projectPath, project }) + '\n';
    if (projectPath) {
      try {
        await writeFileAtomic(this.sidecarPath(projectPath), text);
        return this.sidecarPath(projectPath);
      } catch {
        // Read-only folder or a removed drive: the data home still keeps the edits safe.
      }
    }
    const file = this.homePath(project.id);
    await writeFileAtomic(file, text);
    return file;
  }

  /** The newest readable autosave for this project id (and path), or undefined. Unreadable autosaves are left alone. */
  async find(projectId: string, projectPath?: string): Promise<Autosave | undefined> {
    const candidates = [projectPath ? this.sidecarPath(projectPath) : undefined, this.homePath(projectId)].filter((f): f is string => Boolean(f));
    let best: Autosave | undefined;
    for (const file of candidates) {
      const autosave = await this.readFile(file);
      if (!autosave || autosave.project.id !== projectId) continue;
      if (projectPath && autosave.projectPath && path.resolve(autosave.projectPath) !== path.resolve(projectPath) && file !== this.sidecarPath(projectPath)) continue;
      if (!best || autosave.savedAt > best.savedAt) best = autosave;
    }
    return best;
  }

  /** Removes every autosave of this project (after a save, or when the user discards the edits). */
  async remove(projectId: string, projectPath?: string): Promise<void> {
    const files = [projectPath ? this.sidecarPath(projectPath) : undefined, this.homePath(projectId)];
    for (const file of files) if (file) await fs.rm(file, { force: true });
  }

  /** Autosaves under the data home: unsaved projects (and saved ones whose folder was read-only) left behind by a crash. */
  async listRecoverable(): Promise<RecoverableProject[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.directory);
    } catch {
      return [];
    }
    const found: RecoverableProject[] = [];
    for (const name of names.filter((n) => n.endsWith(AUTOSAVE_SUFFIX))) {
      const autosave = await this.readFile(path.join(this.directory, name));
      if (autosave) found.push({ id: autosave.project.id, name: autosave.project.name, savedAt: autosave.savedAt, projectPath: autosave.projectPath });
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async readFile(file: string): Promise<Autosave | undefined> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const envelope = autosaveEnvelopeSchema.parse(JSON.parse(text));
      const project = migrateProject(envelope.project, `The autosave "${path.basename(file)}"`);
      return { file, savedAt: envelope.savedAt, projectPath: envelope.projectPath, project };
    } catch (error) {
      // A damaged or newer autosave is not ours to use or delete.
      if (isUserFacingError(error) || error instanceof SyntaxError || error instanceof z.ZodError) return undefined;
      throw error;
    }
  }
}
